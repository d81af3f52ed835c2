-- K19 actions, total: 1 statement(s)
SELECT COUNT(DISTINCT fa.id) AS v
FROM follow_up_actions fa

WHERE (fa.performed_on BETWEEN @start AND @end);

-- K19 actions, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT fa.id) AS v
FROM follow_up_actions fa
LEFT JOIN establishments est ON est.id = fa.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (fa.performed_on BETWEEN @start AND @end)
GROUP BY k0;

SELECT COUNT(DISTINCT fa.id) AS v
FROM follow_up_actions fa

WHERE (fa.performed_on BETWEEN @start AND @end);

-- K19 actions, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT fa.id) AS v
FROM follow_up_actions fa
LEFT JOIN establishments est ON est.id = fa.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (fa.performed_on BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));

-- K19 establishments, total: 1 statement(s)
SELECT COUNT(DISTINCT fa.establishment_id) AS v
FROM follow_up_actions fa

WHERE (fa.performed_on BETWEEN @start AND @end);

-- K19 establishments, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT fa.establishment_id) AS v
FROM follow_up_actions fa
LEFT JOIN establishments est ON est.id = fa.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (fa.performed_on BETWEEN @start AND @end)
GROUP BY k0;

SELECT COUNT(DISTINCT fa.establishment_id) AS v
FROM follow_up_actions fa

WHERE (fa.performed_on BETWEEN @start AND @end);

-- K19 establishments, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT fa.establishment_id) AS v
FROM follow_up_actions fa
LEFT JOIN establishments est ON est.id = fa.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (fa.performed_on BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));
