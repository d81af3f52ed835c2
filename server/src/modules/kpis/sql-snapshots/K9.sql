-- K9 mentors, total: 1 statement(s)
SELECT COUNT(*) AS mentors
FROM mentors u
WHERE EXISTS (SELECT 1
FROM recognition_mentors rm CROSS JOIN recognitions r INDEXED BY recognitions_id_validity_dims_idx ON r.id = rm.recognition_id

WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)) AND rm.added_on <= @end AND (rm.removed_on IS NULL OR rm.removed_on > @start)
    AND rm.added_on <= MIN(@end, r.valid_to, COALESCE(date(r.ended_on, '-1 day'), r.valid_to)) AND (rm.removed_on IS NULL OR rm.removed_on > MAX(@start, r.valid_from)))
  AND rm.mentor_id = u.id);

-- K9 mentors, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT rm.mentor_id) AS v
FROM recognitions r CROSS JOIN recognition_mentors rm ON rm.recognition_id = r.id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)) AND rm.added_on <= @end AND (rm.removed_on IS NULL OR rm.removed_on > @start)
    AND rm.added_on <= MIN(@end, r.valid_to, COALESCE(date(r.ended_on, '-1 day'), r.valid_to)) AND (rm.removed_on IS NULL OR rm.removed_on > MAX(@start, r.valid_from)))
GROUP BY k0;

SELECT COUNT(*) AS mentors
FROM mentors u
WHERE EXISTS (SELECT 1
FROM recognition_mentors rm CROSS JOIN recognitions r INDEXED BY recognitions_id_validity_dims_idx ON r.id = rm.recognition_id

WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)) AND rm.added_on <= @end AND (rm.removed_on IS NULL OR rm.removed_on > @start)
    AND rm.added_on <= MIN(@end, r.valid_to, COALESCE(date(r.ended_on, '-1 day'), r.valid_to)) AND (rm.removed_on IS NULL OR rm.removed_on > MAX(@start, r.valid_from)))
  AND rm.mentor_id = u.id);

-- K9 mentors, provinces filter: 1 statement(s)
SELECT COUNT(*) AS mentors
FROM mentors u
WHERE EXISTS (SELECT 1
FROM recognition_mentors rm CROSS JOIN recognitions r INDEXED BY recognitions_id_validity_dims_idx ON r.id = rm.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
    AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from)) AND rm.added_on <= @end AND (rm.removed_on IS NULL OR rm.removed_on > @start)
    AND rm.added_on <= MIN(@end, r.valid_to, COALESCE(date(r.ended_on, '-1 day'), r.valid_to)) AND (rm.removed_on IS NULL OR rm.removed_on > MAX(@start, r.valid_from)))
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND rm.mentor_id = u.id);
