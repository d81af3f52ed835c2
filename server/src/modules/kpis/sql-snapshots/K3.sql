-- K3 applications, total: 1 statement(s)
SELECT COUNT(*) AS v
FROM recognitions r

WHERE (r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end);

-- K3 applications, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(*) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end)
GROUP BY k0;

SELECT COUNT(*) AS v
FROM recognitions r

WHERE (r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end);

-- K3 applications, provinces filter: 1 statement(s)
SELECT COUNT(*) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));
