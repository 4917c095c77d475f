-- 各报告的“三公”经费（总额及各项，万元）/ every 三公经费 figure across reports, in 万元
SELECT r.unit, r.year, f.concept, f.label, f.measure, f.value_wan, f.value, f.unit AS printed_unit, r.name AS report
FROM figures f
JOIN reports r ON r.report_id = f.report_id
WHERE f.concept LIKE 'sangong.%'
ORDER BY r.unit, r.year, f.concept, r.name;
