-- K18 medianDays, total: 1 statement(s)
WITH f AS (SELECT DISTINCT r.id AS u, CAST(julianday(ev.occurred_on) - julianday(r.submitted_on) AS INTEGER) AS x
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')),
o AS (SELECT f.*, ROW_NUMBER() OVER ( ORDER BY x) AS rn, COUNT(*) OVER () AS n FROM f)
SELECT AVG(x) AS v FROM o WHERE rn IN ((n + 1) / 2, (n + 2) / 2);

-- K18 medianDays, by PROVINCE: 2 statement(s)
WITH f AS (SELECT DISTINCT COALESCE(mun.province_code, 'NONE') AS k0, r.id AS u, CAST(julianday(ev.occurred_on) - julianday(r.submitted_on) AS INTEGER) AS x
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')),
o AS (SELECT f.*, ROW_NUMBER() OVER (PARTITION BY k0 ORDER BY x) AS rn, COUNT(*) OVER (PARTITION BY k0) AS n FROM f)
SELECT k0, AVG(x) AS v FROM o WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY k0;

WITH f AS (SELECT DISTINCT r.id AS u, CAST(julianday(ev.occurred_on) - julianday(r.submitted_on) AS INTEGER) AS x
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')),
o AS (SELECT f.*, ROW_NUMBER() OVER ( ORDER BY x) AS rn, COUNT(*) OVER () AS n FROM f)
SELECT AVG(x) AS v FROM o WHERE rn IN ((n + 1) / 2, (n + 2) / 2);

-- K18 medianDays, provinces filter: 1 statement(s)
WITH f AS (SELECT DISTINCT r.id AS u, CAST(julianday(ev.occurred_on) - julianday(r.submitted_on) AS INTEGER) AS x
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))),
o AS (SELECT f.*, ROW_NUMBER() OVER ( ORDER BY x) AS rn, COUNT(*) OVER () AS n FROM f)
SELECT AVG(x) AS v FROM o WHERE rn IN ((n + 1) / 2, (n + 2) / 2);

-- K18 decidedWithin14DaysShare, total: 2 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND (CAST(julianday(ev.occurred_on) - julianday(r.submitted_on) AS INTEGER) <= 14 AND NOT (ev.status = 'APPROVED' AND r.automatic_approval = 1));

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE');

-- K18 decidedWithin14DaysShare, by PROVINCE: 4 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND (CAST(julianday(ev.occurred_on) - julianday(r.submitted_on) AS INTEGER) <= 14 AND NOT (ev.status = 'APPROVED' AND r.automatic_approval = 1))
GROUP BY k0;

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND (CAST(julianday(ev.occurred_on) - julianday(r.submitted_on) AS INTEGER) <= 14 AND NOT (ev.status = 'APPROVED' AND r.automatic_approval = 1));

SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
GROUP BY k0;

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE');

-- K18 decidedWithin14DaysShare, provinces filter: 2 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (CAST(julianday(ev.occurred_on) - julianday(r.submitted_on) AS INTEGER) <= 14 AND NOT (ev.status = 'APPROVED' AND r.automatic_approval = 1));

SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));

-- K18 automaticApprovals, total: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id

WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND (r.automatic_approval = 1);

-- K18 automaticApprovals, by PROVINCE: 2 statement(s)
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

-- K18 automaticApprovals, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT r.id) AS v
FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ev.status IN ('APPROVED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (r.automatic_approval = 1);
