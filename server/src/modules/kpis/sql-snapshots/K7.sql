-- K7 revocations, total: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('REVOKED') AND ev.occurred_on BETWEEN @start AND @end);

-- K7 revocations, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('REVOKED') AND ev.occurred_on BETWEEN @start AND @end)
GROUP BY k0;

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('REVOKED') AND ev.occurred_on BETWEEN @start AND @end);

-- K7 revocations, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('REVOKED') AND ev.occurred_on BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));

-- K7 enterprises, total: 1 statement(s)
SELECT COUNT(DISTINCT est.enterprise_id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
WHERE (ev.status IN ('REVOKED') AND ev.occurred_on BETWEEN @start AND @end);

-- K7 enterprises, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT est.enterprise_id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('REVOKED') AND ev.occurred_on BETWEEN @start AND @end)
GROUP BY k0;

SELECT COUNT(DISTINCT est.enterprise_id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
WHERE (ev.status IN ('REVOKED') AND ev.occurred_on BETWEEN @start AND @end);

-- K7 enterprises, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT est.enterprise_id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('REVOKED') AND ev.occurred_on BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));

-- K7 establishments, total: 1 statement(s)
SELECT COUNT(DISTINCT r.establishment_id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('REVOKED') AND ev.occurred_on BETWEEN @start AND @end);

-- K7 establishments, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT r.establishment_id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('REVOKED') AND ev.occurred_on BETWEEN @start AND @end)
GROUP BY k0;

SELECT COUNT(DISTINCT r.establishment_id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('REVOKED') AND ev.occurred_on BETWEEN @start AND @end);

-- K7 establishments, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT r.establishment_id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('REVOKED') AND ev.occurred_on BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));
