namespace PerfEvalIngest.Output.Html;

/// <summary>
/// The overview's one script: sort the reports table by a clicked (or Enter-pressed) column header, numbers as
/// numbers, empty cells last in either direction, ties in the order written. Each cell's sort key is its data-v
/// attribute, so 96.03% and 15 / 15 sort by their numbers. Without the script the table is the same table, in the
/// order written.
/// </summary>
internal static class OverviewScript
{
    public const string Sort = """
(function () {
  var table = document.getElementById('reports');
  if (!table || !table.tHead || !table.tBodies.length) return;
  document.documentElement.classList.add('js');
  var body = table.tBodies[0];
  var heads = table.tHead.rows[0].cells;
  function key(row, i, num) {
    var cell = row.cells[i];
    var v = cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent.trim();
    if (v === '') return null;
    return num ? parseFloat(v) : v;
  }
  function sort(i, th) {
    var num = th.getAttribute('data-type') === 'num';
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    for (var j = 0; j < heads.length; j++) heads[j].removeAttribute('aria-sort');
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, i, num), y = key(b, i, num);
      var order = +a.getAttribute('data-i') - +b.getAttribute('data-i');
      if (x === null || y === null) return x === y ? order : (x === null ? 1 : -1);
      var c = num ? x - y : x.localeCompare(y, 'zh-CN');
      return c !== 0 ? c * dir : order;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  Array.prototype.forEach.call(heads, function (th, i) {
    if (!th.hasAttribute('data-type')) return;
    th.tabIndex = 0;
    th.classList.add('sortable');
    th.addEventListener('click', function () { sort(i, th); });
    th.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(i, th); }
    });
  });
})();
""";
}
