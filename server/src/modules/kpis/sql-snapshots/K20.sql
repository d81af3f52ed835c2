-- K20 appeals, total: 1 statement(s)
SELECT COUNT(DISTINCT ap.id) AS v
FROM appeals ap LEFT JOIN agreements ag ON ag.id = ap.agreement_id

WHERE (ap.filed_on BETWEEN @start AND @end);

-- K20 appeals, by PROVINCE: 2 statement(s)
SELECT COALESCE(mun.province_code, 'NONE') AS k0, COUNT(DISTINCT ap.id) AS v
FROM appeals ap LEFT JOIN agreements ag ON ag.id = ap.agreement_id
LEFT JOIN recognitions r ON r.id = COALESCE(ap.recognition_id, ag.recognition_id)
LEFT JOIN establishments est ON est.id = COALESCE(ag.establishment_id, r.establishment_id)
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ap.filed_on BETWEEN @start AND @end)
GROUP BY k0;

SELECT COUNT(DISTINCT ap.id) AS v
FROM appeals ap LEFT JOIN agreements ag ON ag.id = ap.agreement_id

WHERE (ap.filed_on BETWEEN @start AND @end);

-- K20 appeals, provinces filter: 1 statement(s)
SELECT COUNT(DISTINCT ap.id) AS v
FROM appeals ap LEFT JOIN agreements ag ON ag.id = ap.agreement_id
LEFT JOIN recognitions r ON r.id = COALESCE(ap.recognition_id, ag.recognition_id)
LEFT JOIN establishments est ON est.id = COALESCE(ag.establishment_id, r.establishment_id)
LEFT JOIN municipalities mun ON mun.nis_code = est.municipality_nis_code
WHERE (ap.filed_on BETWEEN @start AND @end)
  AND mun.province_code IN (SELECT value FROM json_each(@f_provinces));
