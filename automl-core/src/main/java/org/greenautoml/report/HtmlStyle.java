package org.greenautoml.report;

/** The report page's inline style sheet. */
final class HtmlStyle {

  private HtmlStyle() {}

  static final String CSS = """
      :root { --ink:#1f2933; --muted:#616e7c; --line:#e4e7eb; --bg:#f7f8fa; --accent:#2f855a; }
      * { box-sizing: border-box; }
      body { margin:0; background:var(--bg); color:var(--ink);
        font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif; }
      main { max-width:1180px; margin:0 auto; padding:28px 28px 40px; }
      header { border-bottom:3px solid var(--accent); margin-bottom:20px; padding-bottom:12px; }
      .brand { margin:0; color:var(--accent); font-weight:600; letter-spacing:.04em;
        text-transform:uppercase; font-size:12px; }
      h1 { margin:4px 0 6px; font-size:26px; overflow-wrap:anywhere; }
      h2 { font-size:18px; margin:28px 0 8px; }
      h3 { margin:0 0 6px; font-size:12px; text-transform:uppercase; letter-spacing:.05em;
        color:var(--muted); font-weight:600; }
      .meta, .note { color:var(--muted); margin:0; }
      .note { margin:4px 0 10px; }
      .count { display:inline-block; min-width:22px; padding:0 7px; border-radius:10px;
        background:var(--line); font-size:12px; text-align:center; vertical-align:middle; }
      .cards { display:grid; grid-template-columns:repeat(3,minmax(0,1fr)); gap:14px; }
      .card { background:#fff; border:1px solid var(--line); border-radius:8px; padding:14px 16px;
        overflow-wrap:anywhere; }
      .card p { margin:2px 0; color:var(--muted); }
      .card p.big { font-size:22px; font-weight:600; color:var(--ink); }
      .meter { height:8px; background:var(--line); border-radius:4px; margin:8px 0; overflow:hidden; }
      .meter span { display:block; height:100%; background:var(--accent); }
      figure { margin:0 0 18px; background:#fff; border:1px solid var(--line); border-radius:8px;
        padding:12px 16px; }
      figcaption { font-weight:600; margin-bottom:4px; }
      svg.chart { width:100%; height:auto; display:block; font-size:12px; }
      svg .plot { fill:#fcfcfd; stroke:#cbd2d9; }
      svg .grid { stroke:#e4e7eb; stroke-width:1; }
      svg .grid.minor { stroke:#f0f2f4; }
      svg .tick { fill:var(--muted); }
      svg .axis-title { fill:var(--ink); font-size:13px; }
      svg .legend text { fill:var(--ink); }
      svg .legend-head { font-weight:600; }
      svg .front { fill:none; stroke:#1f2933; stroke-width:1.6; stroke-linejoin:round; }
      svg .pt { stroke:#fff; stroke-width:.8; opacity:.6; }
      svg .pt.on-front { stroke:#1f2933; stroke-width:1.6; opacity:1; }
      svg .pt:hover { opacity:1; stroke:#000; }
      svg .intensity { fill:none; stroke:#52606d; stroke-width:1.4; }
      svg .wait { fill:#fdecc8; opacity:.7; }
      svg .threshold { fill:none; stroke:#b42318; stroke-width:1.2; stroke-dasharray:5 4; }
      svg .run { fill:none; stroke-width:3; opacity:.8; }
      table.data { width:100%; border-collapse:collapse; background:#fff; border:1px solid var(--line);
        font-size:13px; }
      table.data th, table.data td { padding:6px 9px; border-bottom:1px solid var(--line);
        text-align:left; vertical-align:top; }
      table.data th { background:#eef1f4; font-weight:600; white-space:nowrap; }
      table.data td.num, table.data th.num { text-align:right; font-variant-numeric:tabular-nums;
        white-space:nowrap; }
      table.data tr.on-front td { background:#f0faf4; }
      table.data code { font-size:12px; overflow-wrap:anywhere; }
      .regions tr.self td { font-weight:600; background:#f0faf4; }
      .bar-col { width:30%; }
      .bar { display:inline-block; height:10px; background:#9fb3c8; border-radius:2px; }
      .regions tr.self .bar { background:var(--accent); }
      .status.failed { color:#b42318; }
      .status.stopped { color:#b54708; }
      details summary { cursor:pointer; font-size:18px; font-weight:600; margin:28px 0 8px; }
      footer { margin-top:32px; color:var(--muted); font-size:12px; border-top:1px solid var(--line); }
      @media (max-width:800px) { .cards { grid-template-columns:1fr; } }
      """;
}
