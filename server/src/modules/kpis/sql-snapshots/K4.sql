-- K4 mandatedShare, total: 2 statement(s)
SELECT COUNT(*) AS v
FROM recognitions r

WHERE (r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end)
  AND (r.mandate_type <> 'NONE');

SELECT COUNT(*) AS v
FROM recognitions r

WHERE (r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end);

-- K4 mandatedShare, by PROVINCE: 4 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(*) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end)
  AND (r.mandate_type <> 'NONE')
GROUP BY k0;

SELECT COUNT(*) AS v
FROM recognitions r

WHERE (r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end)
  AND (r.mandate_type <> 'NONE');

SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(*) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end)
GROUP BY k0;

SELECT COUNT(*) AS v
FROM recognitions r

WHERE (r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end);

-- K4 mandatedShare, provinces filter: 2 statement(s)
SELECT COUNT(*) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (r.mandate_type <> 'NONE');

SELECT COUNT(*) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));

-- K4 mandated, total: 1 statement(s)
SELECT COUNT(*) AS v
FROM recognitions r

WHERE (r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end)
  AND (r.mandate_type <> 'NONE');

-- K4 mandated, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(*) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end)
  AND (r.mandate_type <> 'NONE')
GROUP BY k0;

SELECT COUNT(*) AS v
FROM recognitions r

WHERE (r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end)
  AND (r.mandate_type <> 'NONE');

-- K4 mandated, provinces filter: 1 statement(s)
SELECT COUNT(*) AS v
FROM recognitions r
LEFT JOIN establishments est ON est.id = r.establishment_id
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces))
  AND (r.mandate_type <> 'NONE');
