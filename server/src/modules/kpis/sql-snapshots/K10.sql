-- K10 due, total: 1 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end);

-- K10 due, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
GROUP BY k0;

SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end);

-- K10 due, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));

-- K10 compliant, total: 1 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('COMPLETED', 'EXEMPT'));

-- K10 compliant, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('COMPLETED', 'EXEMPT'))
GROUP BY k0;

SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('COMPLETED', 'EXEMPT'));

-- K10 compliant, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('COMPLETED', 'EXEMPT'));

-- K10 complianceRate, total: 2 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('COMPLETED', 'EXEMPT'));

SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END NOT IN ('PENDING'));

-- K10 complianceRate, by PROVINCE: 4 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('COMPLETED', 'EXEMPT'))
GROUP BY k0;

SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('COMPLETED', 'EXEMPT'));

SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END NOT IN ('PENDING'))
GROUP BY k0;

SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END NOT IN ('PENDING'));

-- K10 complianceRate, provinces filter: 2 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('COMPLETED', 'EXEMPT'));

SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END NOT IN ('PENDING'));

-- K10 completed, total: 1 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('COMPLETED'));

-- K10 completed, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('COMPLETED'))
GROUP BY k0;

SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('COMPLETED'));

-- K10 completed, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('COMPLETED'));

-- K10 exempt, total: 1 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('EXEMPT'));

-- K10 exempt, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('EXEMPT'))
GROUP BY k0;

SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('EXEMPT'));

-- K10 exempt, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('EXEMPT'));

-- K10 notCompleted, total: 1 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('NOT_COMPLETED'));

-- K10 notCompleted, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('NOT_COMPLETED'))
GROUP BY k0;

SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('NOT_COMPLETED'));

-- K10 notCompleted, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('NOT_COMPLETED'));

-- K10 followUpStopped, total: 1 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('FOLLOW_UP_STOPPED'));

-- K10 followUpStopped, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('FOLLOW_UP_STOPPED'))
GROUP BY k0;

SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('FOLLOW_UP_STOPPED'));

-- K10 followUpStopped, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('FOLLOW_UP_STOPPED'));

-- K10 pending, total: 1 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('PENDING'));

-- K10 pending, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('PENDING'))
GROUP BY k0;

SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('PENDING'));

-- K10 pending, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END IN ('PENDING'));

-- K10 assessed, total: 1 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END NOT IN ('PENDING'));

-- K10 assessed, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END NOT IN ('PENDING'))
GROUP BY k0;

SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt

WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END NOT IN ('PENDING'));

-- K10 assessed, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT mt.mentor_id) AS v
FROM mentor_trainings mt
LEFT JOIN recognitions r ON r.id = mt.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (CASE
  WHEN mt.status = 'EXEMPT' AND (mt.completed_on IS NULL OR mt.completed_on <= mt.deadline) THEN 'EXEMPT'
  WHEN mt.completed_on IS NOT NULL AND mt.completed_on <= mt.deadline
    AND (mt.follow_up_stopped_on IS NULL OR mt.completed_on <= mt.follow_up_stopped_on) THEN 'COMPLETED'
  WHEN mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE') THEN 'COMPLETED'
  WHEN mt.follow_up_stopped_on <= mt.deadline THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.follow_up_stopped_on IS NULL AND mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
  WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
  ELSE 'PENDING'
END NOT IN ('PENDING'));
