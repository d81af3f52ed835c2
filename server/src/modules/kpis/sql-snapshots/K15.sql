-- K15 recognisedEnterprises, total: 1 statement(s)
SELECT COUNT(*) AS establishments, COUNT(DISTINCT u.enterprise_id) AS enterprises
FROM establishments u
WHERE EXISTS (SELECT 1
FROM recognitions r

WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)))
  AND r.establishment_id = u.id);

-- K15 recognisedEnterprises, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT est.enterprise_id) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)))
GROUP BY k0;

SELECT COUNT(*) AS establishments, COUNT(DISTINCT u.enterprise_id) AS enterprises
FROM establishments u
WHERE EXISTS (SELECT 1
FROM recognitions r

WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)))
  AND r.establishment_id = u.id);

-- K15 recognisedEnterprises, provinces filter: 1 statement(s)
SELECT COUNT(*) AS establishments, COUNT(DISTINCT u.enterprise_id) AS enterprises
FROM establishments u
WHERE EXISTS (SELECT 1
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)))
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND r.establishment_id = u.id);

-- K15 activeEnterprises, total: 1 statement(s)
SELECT COUNT(DISTINCT est.enterprise_id) AS v
FROM agreements a
LEFT JOIN establishments est ON est.id = a.establishment_id
WHERE (a.status <> 'CANCELLED' AND a.start_on <= @end AND COALESCE(a.actual_end_on, a.planned_end_on) >= @start);

-- K15 activeEnterprises, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT est.enterprise_id) AS v
FROM agreements a
LEFT JOIN establishments est ON est.id = a.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (a.status <> 'CANCELLED' AND a.start_on <= @end AND COALESCE(a.actual_end_on, a.planned_end_on) >= @start)
GROUP BY k0;

SELECT COUNT(DISTINCT est.enterprise_id) AS v
FROM agreements a
LEFT JOIN establishments est ON est.id = a.establishment_id
WHERE (a.status <> 'CANCELLED' AND a.start_on <= @end AND COALESCE(a.actual_end_on, a.planned_end_on) >= @start);

-- K15 activeEnterprises, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT est.enterprise_id) AS v
FROM agreements a
LEFT JOIN establishments est ON est.id = a.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (a.status <> 'CANCELLED' AND a.start_on <= @end AND COALESCE(a.actual_end_on, a.planned_end_on) >= @start)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));
