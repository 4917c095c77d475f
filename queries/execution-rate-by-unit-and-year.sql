-- 各单位各年度的预算执行率 / the execution rate per unit and year
-- One row per report that was read; execution_rate is empty where the report states none.
SELECT r.unit, r.year, f.value_num AS execution_rate, r.name AS report
FROM reports r
LEFT JOIN figures f ON f.report_id = r.report_id AND f.concept = 'budget.rate'
WHERE r.status = 'ok'
ORDER BY r.unit, r.year, r.name;
