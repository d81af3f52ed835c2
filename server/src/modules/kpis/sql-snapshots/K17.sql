-- K17 recognisedEstablishments, total: 1 statement(s)
SELECT COUNT(DISTINCT r.establishment_id) AS v
FROM recognitions r

WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)));

-- K17 recognisedEstablishments, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT r.establishment_id) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)))
GROUP BY k0;

SELECT COUNT(DISTINCT r.establishment_id) AS v
FROM recognitions r

WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)));

-- K17 recognisedEstablishments, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT r.establishment_id) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)))
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));

-- K17 runningAgreements, total: 1 statement(s)
SELECT COUNT(*) AS v
FROM agreements a

WHERE (a.status <> 'CANCELLED' AND a.start_on <= @end AND COALESCE(a.actual_end_on, a.planned_end_on) >= @start);

-- K17 runningAgreements, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(*) AS v
FROM agreements a
LEFT JOIN establishments est ON est.id = a.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (a.status <> 'CANCELLED' AND a.start_on <= @end AND COALESCE(a.actual_end_on, a.planned_end_on) >= @start)
GROUP BY k0;

SELECT COUNT(*) AS v
FROM agreements a

WHERE (a.status <> 'CANCELLED' AND a.start_on <= @end AND COALESCE(a.actual_end_on, a.planned_end_on) >= @start);

-- K17 runningAgreements, provinces filter: 1 statement(s)
SELECT COUNT(*) AS v
FROM agreements a
LEFT JOIN establishments est ON est.id = a.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (a.status <> 'CANCELLED' AND a.start_on <= @end AND COALESCE(a.actual_end_on, a.planned_end_on) >= @start)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));

-- K17 enrolments, total: 1 statement(s)
SELECT SUM(x) AS v FROM (SELECT DISTINCT e.id AS rk, e.learners AS x
FROM enrolments e

WHERE (e.school_year IN (SELECT value FROM json_each(@years))));

-- K17 enrolments, by PROVINCE: 2 statement(s)
SELECT k0, SUM(x) AS v FROM (SELECT DISTINCT COALESCE(mun.province_code, 'NONE') AS k0, e.id AS rk, e.learners AS x
FROM enrolments e
JOIN training_providers pv ON pv.id = e.provider_id
LEFT JOIN municipalities mun ON mun.nis_code = pv.municipality_nis_code
WHERE (e.school_year IN (SELECT value FROM json_each(@years))))
GROUP BY k0;

SELECT SUM(x) AS v FROM (SELECT DISTINCT e.id AS rk, e.learners AS x
FROM enrolments e

WHERE (e.school_year IN (SELECT value FROM json_each(@years))));

-- K17 enrolments, provinces filter: 1 statement(s)
SELECT SUM(x) AS v FROM (SELECT DISTINCT e.id AS rk, e.learners AS x
FROM enrolments e
JOIN training_providers pv ON pv.id = e.provider_id
LEFT JOIN municipalities mun ON mun.nis_code = pv.municipality_nis_code
WHERE (e.school_year IN (SELECT value FROM json_each(@years)))
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces)));

-- K17 unusedCapacity, total: 1 statement(s)
SELECT COUNT(DISTINCT r.establishment_id) AS v
FROM recognitions r
LEFT JOIN trainings tr ON tr.id IN (r.training_id, r.adult_training_id)
WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)))
  AND (((r.establishment_id, tr.id) IN (
  SELECT a2.establishment_id, a2.training_id FROM agreements a2 WHERE a2.status <> 'CANCELLED' AND a2.start_on <= @end AND COALESCE(a2.actual_end_on, a2.planned_end_on) >= @start)) IS NOT TRUE);

-- K17 unusedCapacity, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT r.establishment_id) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
LEFT JOIN trainings tr ON tr.id IN (r.training_id, r.adult_training_id)
WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)))
  AND (((r.establishment_id, tr.id) IN (
  SELECT a2.establishment_id, a2.training_id FROM agreements a2 WHERE a2.status <> 'CANCELLED' AND a2.start_on <= @end AND COALESCE(a2.actual_end_on, a2.planned_end_on) >= @start)) IS NOT TRUE)
GROUP BY k0;

SELECT COUNT(DISTINCT r.establishment_id) AS v
FROM recognitions r
LEFT JOIN trainings tr ON tr.id IN (r.training_id, r.adult_training_id)
WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)))
  AND (((r.establishment_id, tr.id) IN (
  SELECT a2.establishment_id, a2.training_id FROM agreements a2 WHERE a2.status <> 'CANCELLED' AND a2.start_on <= @end AND COALESCE(a2.actual_end_on, a2.planned_end_on) >= @start)) IS NOT TRUE);

-- K17 unusedCapacity, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT r.establishment_id) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
LEFT JOIN trainings tr ON tr.id IN (r.training_id, r.adult_training_id)
WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)))
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (((r.establishment_id, tr.id) IN (
  SELECT a2.establishment_id, a2.training_id FROM agreements a2 WHERE a2.status <> 'CANCELLED' AND a2.start_on <= @end AND COALESCE(a2.actual_end_on, a2.planned_end_on) >= @start)) IS NOT TRUE);

-- K17 shortage, total: 1 statement(s)
SELECT SUM(x) AS v FROM (SELECT DISTINCT e.id AS rk, e.learners AS x
FROM enrolments e
JOIN training_providers pv ON pv.id = e.provider_id
LEFT JOIN municipalities mun ON mun.nis_code = pv.municipality_nis_code
JOIN trainings tr ON tr.id = e.training_id
WHERE (e.school_year IN (SELECT value FROM json_each(@years)))
  AND (mun.province_code IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM recognitions r2
  JOIN establishments e2 ON e2.id = r2.establishment_id
  JOIN municipalities m2 ON m2.nis_code = e2.municipality_nis_code
  WHERE r2.training_id = e.training_id AND m2.province_code = mun.province_code AND r2.approved_on IS NOT NULL AND r2.valid_from <= @end AND r2.valid_to >= @start
    AND (r2.ended_on IS NULL OR r2.ended_on > MAX(@start, r2.valid_from)))
  AND (tr.level <> 'ADULT' OR NOT EXISTS (
  SELECT 1 FROM recognitions r3
  JOIN establishments e3 ON e3.id = r3.establishment_id
  JOIN municipalities m3 ON m3.nis_code = e3.municipality_nis_code
  WHERE r3.adult_training_id = e.training_id AND m3.province_code = mun.province_code AND r3.approved_on IS NOT NULL AND r3.valid_from <= @end AND r3.valid_to >= @start
    AND (r3.ended_on IS NULL OR r3.ended_on > MAX(@start, r3.valid_from))))));

-- K17 shortage, by PROVINCE: 2 statement(s)
SELECT k0, SUM(x) AS v FROM (SELECT DISTINCT COALESCE(mun.province_code, 'NONE') AS k0, e.id AS rk, e.learners AS x
FROM enrolments e
JOIN training_providers pv ON pv.id = e.provider_id
LEFT JOIN municipalities mun ON mun.nis_code = pv.municipality_nis_code
JOIN trainings tr ON tr.id = e.training_id
WHERE (e.school_year IN (SELECT value FROM json_each(@years)))
  AND (mun.province_code IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM recognitions r2
  JOIN establishments e2 ON e2.id = r2.establishment_id
  JOIN municipalities m2 ON m2.nis_code = e2.municipality_nis_code
  WHERE r2.training_id = e.training_id AND m2.province_code = mun.province_code AND r2.approved_on IS NOT NULL AND r2.valid_from <= @end AND r2.valid_to >= @start
    AND (r2.ended_on IS NULL OR r2.ended_on > MAX(@start, r2.valid_from)))
  AND (tr.level <> 'ADULT' OR NOT EXISTS (
  SELECT 1 FROM recognitions r3
  JOIN establishments e3 ON e3.id = r3.establishment_id
  JOIN municipalities m3 ON m3.nis_code = e3.municipality_nis_code
  WHERE r3.adult_training_id = e.training_id AND m3.province_code = mun.province_code AND r3.approved_on IS NOT NULL AND r3.valid_from <= @end AND r3.valid_to >= @start
    AND (r3.ended_on IS NULL OR r3.ended_on > MAX(@start, r3.valid_from))))))
GROUP BY k0;

SELECT SUM(x) AS v FROM (SELECT DISTINCT e.id AS rk, e.learners AS x
FROM enrolments e
JOIN training_providers pv ON pv.id = e.provider_id
LEFT JOIN municipalities mun ON mun.nis_code = pv.municipality_nis_code
JOIN trainings tr ON tr.id = e.training_id
WHERE (e.school_year IN (SELECT value FROM json_each(@years)))
  AND (mun.province_code IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM recognitions r2
  JOIN establishments e2 ON e2.id = r2.establishment_id
  JOIN municipalities m2 ON m2.nis_code = e2.municipality_nis_code
  WHERE r2.training_id = e.training_id AND m2.province_code = mun.province_code AND r2.approved_on IS NOT NULL AND r2.valid_from <= @end AND r2.valid_to >= @start
    AND (r2.ended_on IS NULL OR r2.ended_on > MAX(@start, r2.valid_from)))
  AND (tr.level <> 'ADULT' OR NOT EXISTS (
  SELECT 1 FROM recognitions r3
  JOIN establishments e3 ON e3.id = r3.establishment_id
  JOIN municipalities m3 ON m3.nis_code = e3.municipality_nis_code
  WHERE r3.adult_training_id = e.training_id AND m3.province_code = mun.province_code AND r3.approved_on IS NOT NULL AND r3.valid_from <= @end AND r3.valid_to >= @start
    AND (r3.ended_on IS NULL OR r3.ended_on > MAX(@start, r3.valid_from))))));

-- K17 shortage, provinces filter: 1 statement(s)
SELECT SUM(x) AS v FROM (SELECT DISTINCT e.id AS rk, e.learners AS x
FROM enrolments e
JOIN training_providers pv ON pv.id = e.provider_id
LEFT JOIN municipalities mun ON mun.nis_code = pv.municipality_nis_code
JOIN trainings tr ON tr.id = e.training_id
WHERE (e.school_year IN (SELECT value FROM json_each(@years)))
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (mun.province_code IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM recognitions r2
  JOIN establishments e2 ON e2.id = r2.establishment_id
  JOIN municipalities m2 ON m2.nis_code = e2.municipality_nis_code
  WHERE r2.training_id = e.training_id AND m2.province_code = mun.province_code AND r2.approved_on IS NOT NULL AND r2.valid_from <= @end AND r2.valid_to >= @start
    AND (r2.ended_on IS NULL OR r2.ended_on > MAX(@start, r2.valid_from)))
  AND (tr.level <> 'ADULT' OR NOT EXISTS (
  SELECT 1 FROM recognitions r3
  JOIN establishments e3 ON e3.id = r3.establishment_id
  JOIN municipalities m3 ON m3.nis_code = e3.municipality_nis_code
  WHERE r3.adult_training_id = e.training_id AND m3.province_code = mun.province_code AND r3.approved_on IS NOT NULL AND r3.valid_from <= @end AND r3.valid_to >= @start
    AND (r3.ended_on IS NULL OR r3.ended_on > MAX(@start, r3.valid_from))))));
