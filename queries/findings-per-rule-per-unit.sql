-- 各单位按规则统计的问题数 / findings per rule per unit
SELECT r.unit, fi.rule, fi.severity, COUNT(*) AS findings
FROM findings fi
JOIN reports r ON r.report_id = fi.report_id
GROUP BY r.unit, fi.rule, fi.severity
ORDER BY r.unit, fi.rule, fi.severity;
