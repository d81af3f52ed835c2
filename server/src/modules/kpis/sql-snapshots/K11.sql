-- K11 mentors, total: 1 statement(s)
SELECT COUNT(DISTINCT rm.mentor_id) AS v
FROM recognition_mentors rm JOIN recognitions r ON r.id = rm.recognition_id

WHERE (rm.removed_on BETWEEN @start AND @end);

-- K11 mentors, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT rm.mentor_id) AS v
FROM recognition_mentors rm JOIN recognitions r ON r.id = rm.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (rm.removed_on BETWEEN @start AND @end)
GROUP BY k0;

SELECT COUNT(DISTINCT rm.mentor_id) AS v
FROM recognition_mentors rm JOIN recognitions r ON r.id = rm.recognition_id

WHERE (rm.removed_on BETWEEN @start AND @end);

-- K11 mentors, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT rm.mentor_id) AS v
FROM recognition_mentors rm JOIN recognitions r ON r.id = rm.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (rm.removed_on BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));
