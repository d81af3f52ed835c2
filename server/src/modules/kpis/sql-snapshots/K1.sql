-- K1 recognitions, total: 1 statement(s)
SELECT COUNT(*) AS v
FROM recognitions r

WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)));

-- K1 recognitions, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(*) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)))
GROUP BY k0;

SELECT COUNT(*) AS v
FROM recognitions r

WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)));

-- K1 recognitions, provinces filter: 1 statement(s)
SELECT COUNT(*) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)))
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));
