-- K5 approved, total: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE');

-- K5 approved, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
GROUP BY k0;

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE');

-- K5 approved, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));

-- K5 approvedInvestigated, total: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND (r.automatic_approval = 0);

-- K5 approvedInvestigated, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND (r.automatic_approval = 0)
GROUP BY k0;

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND (r.automatic_approval = 0);

-- K5 approvedInvestigated, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (r.automatic_approval = 0);

-- K5 approvedAutomatic, total: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND (r.automatic_approval = 1);

-- K5 approvedAutomatic, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND (r.automatic_approval = 1)
GROUP BY k0;

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND (r.automatic_approval = 1);

-- K5 approvedAutomatic, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (r.automatic_approval = 1);

-- K5 rejected, total: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE');

-- K5 rejected, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
GROUP BY k0;

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE');

-- K5 rejected, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));

-- K5 approvalRate, total: 2 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE');

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE');

-- K5 approvalRate, by PROVINCE: 4 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
GROUP BY k0;

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE');

SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
GROUP BY k0;

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE');

-- K5 approvalRate, provinces filter: 2 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));

-- K5 decisions, total: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE');

-- K5 decisions, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
GROUP BY k0;

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE');

-- K5 decisions, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));
