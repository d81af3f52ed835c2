-- K6 reasons, total: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
JOIN recognition_rejection_reasons rr ON rr.recognition_id = r.id
WHERE (ev.status IN ('REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE');

-- K6 reasons, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
JOIN recognition_rejection_reasons rr ON rr.recognition_id = r.id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
GROUP BY k0;

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
JOIN recognition_rejection_reasons rr ON rr.recognition_id = r.id
WHERE (ev.status IN ('REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE');

-- K6 reasons, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
JOIN recognition_rejection_reasons rr ON rr.recognition_id = r.id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));
