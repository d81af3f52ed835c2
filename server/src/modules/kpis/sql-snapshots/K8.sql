-- K8 stopped, total: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('STOPPED') AND ev.occurred_on BETWEEN @start AND @end);

-- K8 stopped, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('STOPPED') AND ev.occurred_on BETWEEN @start AND @end)
GROUP BY k0;

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('STOPPED') AND ev.occurred_on BETWEEN @start AND @end);

-- K8 stopped, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('STOPPED') AND ev.occurred_on BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));

-- K8 expired, total: 1 statement(s)
SELECT COUNT(*) AS v
FROM recognitions r

WHERE (r.approved_on IS NOT NULL AND r.valid_to BETWEEN date(@start, '-1 day') AND date(@end, '-1 day')
    AND (r.ended_on IS NULL OR r.ended_on > r.valid_to) AND r.valid_to < @asOf);

-- K8 expired, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(*) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.approved_on IS NOT NULL AND r.valid_to BETWEEN date(@start, '-1 day') AND date(@end, '-1 day')
    AND (r.ended_on IS NULL OR r.ended_on > r.valid_to) AND r.valid_to < @asOf)
GROUP BY k0;

SELECT COUNT(*) AS v
FROM recognitions r

WHERE (r.approved_on IS NOT NULL AND r.valid_to BETWEEN date(@start, '-1 day') AND date(@end, '-1 day')
    AND (r.ended_on IS NULL OR r.ended_on > r.valid_to) AND r.valid_to < @asOf);

-- K8 expired, provinces filter: 1 statement(s)
SELECT COUNT(*) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.approved_on IS NOT NULL AND r.valid_to BETWEEN date(@start, '-1 day') AND date(@end, '-1 day')
    AND (r.ended_on IS NULL OR r.ended_on > r.valid_to) AND r.valid_to < @asOf)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));

-- K8 renewed, total: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind = 'RENEWAL');

-- K8 renewed, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind = 'RENEWAL')
GROUP BY k0;

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind = 'RENEWAL');

-- K8 renewed, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind = 'RENEWAL')
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));
