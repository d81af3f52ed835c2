-- K12 agreements, total: 1 statement(s)
SELECT COUNT(*) AS v
FROM agreements a

WHERE (a.status <> 'CANCELLED' AND a.start_on BETWEEN @start AND @end);

-- K12 agreements, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(*) AS v
FROM agreements a
LEFT JOIN establishments est ON est.id = a.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (a.status <> 'CANCELLED' AND a.start_on BETWEEN @start AND @end)
GROUP BY k0;

SELECT COUNT(*) AS v
FROM agreements a

WHERE (a.status <> 'CANCELLED' AND a.start_on BETWEEN @start AND @end);

-- K12 agreements, provinces filter: 1 statement(s)
SELECT COUNT(*) AS v
FROM agreements a
LEFT JOIN establishments est ON est.id = a.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (a.status <> 'CANCELLED' AND a.start_on BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));
