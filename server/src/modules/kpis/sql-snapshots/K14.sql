-- K14 terminations, total: 1 statement(s)
SELECT COUNT(*) AS v
FROM agreements a

WHERE (a.status = 'TERMINATED_EARLY' AND a.actual_end_on BETWEEN @start AND @end);

-- K14 terminations, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(*) AS v
FROM agreements a
LEFT JOIN establishments est ON est.id = a.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (a.status = 'TERMINATED_EARLY' AND a.actual_end_on BETWEEN @start AND @end)
GROUP BY k0;

SELECT COUNT(*) AS v
FROM agreements a

WHERE (a.status = 'TERMINATED_EARLY' AND a.actual_end_on BETWEEN @start AND @end);

-- K14 terminations, provinces filter: 1 statement(s)
SELECT COUNT(*) AS v
FROM agreements a
LEFT JOIN establishments est ON est.id = a.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (a.status = 'TERMINATED_EARLY' AND a.actual_end_on BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));
