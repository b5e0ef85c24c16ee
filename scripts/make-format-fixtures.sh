#!/usr/bin/env bash
# Remakes Tests/Fixtures/formats/{html,docx,pdf}/NAME.* from data/reports/NAME.txt:
# the five sample reports as a county government portal would publish them
# (HTML page with an information-disclosure table, menu, share widget, footer),
# as an office Word document (header, "— PAGE —" footer) and as an A4 PDF
# (running header and "— N —" page numbers on every page).
#
# Needs python3, LibreOffice (soffice, headless) and, for real Chinese glyphs in
# the PDFs, the WenQuanYi Zen Hei font (Debian: fonts-wqy-zenhei). No network.
# pdftotext (poppler-utils), if present, is used to check the PDFs at the end.
#
# The HTML of 000-002 is UTF-8; 003 and 004 are GBK declared as gb2312, as many
# portals do (gb18030 is used instead, with a warning, for text GBK cannot hold).
# Each non-empty .txt line is one <p> of div#zoom (text unchanged, except that
# a few paragraphs get &nbsp; indentation or inline <span>/<strong> markup).
# In the DOCX and PDF each .txt line (empty ones too) is one paragraph.
# PDFs and DOCX carry LibreOffice's time stamps, so remade files differ in bytes.
#
# usage: scripts/make-format-fixtures.sh   (from anywhere; writes into the repo)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
src=$repo/data/reports
dst=$repo/Tests/Fixtures/formats
command -v soffice >/dev/null || { echo "soffice (LibreOffice) not found" >&2; exit 1; }
[[ $(fc-list : family 2>/dev/null) == *"WenQuanYi Zen Hei"* ]] ||
  { echo "font WenQuanYi Zen Hei missing (apt-get install fonts-wqy-zenhei)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$dst/html" "$dst/docx" "$dst/pdf" "$work/docx" "$work/pdf"

# 1. HTML pages (written straight into $dst/html) and two flat ODT documents per
#    report: $work/docx/NAME.fodt (office fonts) and $work/pdf/NAME.fodt (the
#    embeddable WenQuanYi Zen Hei).
python3 - "$src" "$dst/html" "$work" <<'PY'
import html, os, sys

src, html_dir, work = sys.argv[1:4]

ZJG = dict(site="张家港市人民政府", site_code="3205820001",
           beian="苏公网安备 32058202010198号", icp="苏ICP备05006228号")
# Metadata read off each report. h1 is the report's title line; where the text
# has none (002) or splits it (004) or marks it up (003, "# "), see the notes.
REPORTS = {
    "000_051a4340593b0f50": dict(ZJG,
        h1="大新镇 2020 年法治政府建设工作情况报告",
        org="大新镇人民政府", source="大新镇", docno="大政发〔2021〕1号",
        written="2021-01-02", published="2021-01-06 10:32",
        index="014164139/2021-00007", encoding="utf-8",
        center=["张家港市大新镇人民政府文件", "大政发〔2021〕1号",
                "大新镇 2020 年法治政府建设工作情况报告"],
        right=["大新镇人民政府", "2021年1月2日"]),
    "001_1434e00058375d6e": dict(
        site="启东市人民政府", site_code="3206810001",
        beian="苏公网安备 32068102000159号", icp="苏ICP备05082317号",
        h1="2023 年度法治政府建设情况报告",   # the line above it is "合作镇"
        org="合作镇人民政府", source="合作镇", docno="", written="",
        published="2024-01-26 16:05", index="014078822/2024-00012",
        encoding="utf-8", center=["合作镇", "2023 年度法治政府建设情况报告"],
        right=[]),
    "002_f08e38cf1a7128b4": dict(ZJG,
        h1="錦豐鎮2021年度法治政府建設工作情況報告",  # no title line in the text
        org="張家港市錦豐鎮人民政府", source="錦豐鎮", docno="",
        written="2022-01-29", published="2022-02-08 09:47",
        index="014164210/2022-00003", encoding="utf-8", center=[],
        right=["張家港市錦豐鎮人民政府", "2022年1月29日"]),
    "003_e6bb42983a914dd9": dict(
        site="苏州市吴中区人民政府", site_code="3205060001",
        beian="苏公网安备 32050602010087号", icp="苏ICP备05017743号",
        h1="2023年度木渎镇法治政府建设工作报告",  # text line: "# " + this
        org="吴中区木渎镇人民政府", source="木渎镇", docno="",
        written="2024-01-17", published="2024-01-22 15:20",
        index="014113546/2024-00021", encoding="gbk",
        center=["# 2023年度木渎镇法治政府建设工作报告"],
        right=["吴中区木渎镇人民政府", "2024年1月17日"]),
    "004_f21613d978145004": dict(
        site="太公镇人民政府", site_code="4500000042",
        beian="苏公网安备 32000002000042号", icp="苏ICP备21000042号",
        h1="关于报送2020年度法治政府建设工作情况的报告",  # lines 1-2 joined
        org="太公镇人民政府", source="太公镇", docno="", written="",
        published="2021-02-03 11:18", index="000000042/2021-00005",
        encoding="gbk",
        center=[" 关于报送2020年度法治政府建设工作情况的", "报     告"], right=[]),
}
NUMERALS = "一二三四五六七八九十"


def read_lines(path):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()             # the file's final newline ends the last line
    return lines


def esc(s):
    return html.escape(s, quote=False)


def heading(line):
    s = line.lstrip("# ")
    return len(s) < 60 and (s[1:2] == "、" and s[0] in NUMERALS or
                            s[:1] == "（" and s[1:2] in NUMERALS and s[2:3] == "）")


CSS = """
body{margin:0;font:14px/1.6 "Microsoft YaHei","SimSun",sans-serif;color:#333;background:#f5f5f5}
a{color:#333;text-decoration:none}a:hover{color:#c00}
.header{background:#b5121b;color:#fff}.header .site-name{font-size:30px;padding:18px 40px}
.nav{margin:0;padding:0 40px;list-style:none;background:#9b0f17;overflow:hidden}
.nav li{float:left}.nav li a{display:block;padding:10px 22px;color:#fff}
.crumb{width:1000px;margin:12px auto;color:#666}
.main{width:960px;margin:0 auto 20px;padding:20px;background:#fff}
table.xxgk{width:100%;border-collapse:collapse;margin-bottom:20px;font-size:13px}
table.xxgk td{border:1px solid #ddd;padding:6px 10px}table.xxgk td.t{width:90px;background:#f2f2f2;text-align:right;font-weight:bold}
h1{font-size:24px;text-align:center;color:#b5121b;margin:20px 0 10px}
.info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}
#zoom{font-size:16px;line-height:2}#zoom p{margin:0 0 8px;text-indent:2em}
.share{margin-top:20px;text-align:right}.related{margin-top:20px;border-top:2px solid #b5121b}
.footer{text-align:center;color:#666;font-size:12px;padding:20px 0;background:#eee}
"""
JS = """
// 字号调整 / 打印 / 分享
function doZoom(size){var el=document.getElementById('zoom');if(!el)return;
  el.style.fontSize=size+'px';var ps=el.getElementsByTagName('p');
  for(var i=0;i<ps.length;i++){ps[i].style.fontSize=size+'px';}}
function shareTo(kind){var u=encodeURIComponent(location.href),t=encodeURIComponent(document.title);
  if(kind==='weibo'){window.open('https://service.weibo.com/share/share.php?url='+u+'&title='+t);}
  else{alert('请使用微信扫一扫分享本页');}}
var _hmt=_hmt||[];
"""


def article(m, lines):
    """<p> per non-empty line; a few get &nbsp; indent, <strong> or split <span>s."""
    body = [l for l in lines if l.strip()]
    longest = max(range(len(body)), key=lambda i: len(body[i]))
    out = []
    plain = 0
    for i, line in enumerate(body):
        if heading(line):
            out.append("<p><strong>%s</strong></p>" % esc(line))
        elif i == longest:      # one paragraph split mid-sentence into two spans
            k = len(line) // 2
            out.append('<p><span style="font-family:仿宋_GB2312">%s</span>'
                       '<span style="font-family:仿宋_GB2312">%s</span></p>'
                       % (esc(line[:k]), esc(line[k:])))
        else:
            plain += len(line) > 40 and line not in m["center"]
            if plain in (3, 7) and len(line) > 40 and line not in m["center"]:  # two paragraphs indented the old way
                out.append('<p style="text-indent:0">&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % esc(line))
            else:
                out.append("<p>%s</p>" % esc(line))
    return "\n".join(out)


def page(name, m, lines):
    related = "\n".join(
        '<li><a href="/art/%s/art_%s.html" target="_blank">%s</a><span>%s</span></li>'
        % (o["published"][:10].replace("-", "/"), n[4:12], esc(o["h1"]), o["published"][:10])
        for n, o in REPORTS.items() if n != name)
    charset = ('<meta charset="utf-8">' if m["encoding"] == "utf-8" else
               '<meta http-equiv="Content-Type" content="text/html; charset=%s">'
               % ("gb2312" if m["encoding"] == "gbk" else m["encoding"]))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{charset}
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="{m['site']}">
<meta name="ArticleTitle" content="{esc(m['h1'])}">
<meta name="PubDate" content="{m['published']}">
<meta name="ContentSource" content="{m['source']}">
<title>{esc(m['h1'])}_{m['site']}</title>
<style type="text/css">{CSS}</style>
</head>
<body>
<div class="header">
  <div class="site-name"><a href="/">{m['site']}</a></div>
  <ul class="nav">
    <li><a href="/">首页</a></li>
    <li><a href="/zwgk/">政务公开</a></li>
    <li><a href="/zcwj/">政策文件</a></li>
    <li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
    <li><a href="/zjwm/">走进{m['site'][:-4]}</a></li>
  </ul>
</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzfjs/">法治政府建设</a></div>
<div class="main">
<table class="xxgk">
  <tr><td class="t">索引号</td><td>{m['index']}</td><td class="t">发布机构</td><td>{m['org']}</td></tr>
  <tr><td class="t">发文字号</td><td>{m['docno']}</td><td class="t">成文日期</td><td>{m['written']}</td></tr>
  <tr><td class="t">发布日期</td><td>{m['published'][:10]}</td><td class="t">主题分类</td><td>综合政务/法治政府建设</td></tr>
</table>
<h1>{esc(m['h1'])}</h1>
<div class="info">发布时间：{m['published']}　来源：{m['source']}　字号：[<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]　<a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="article-content" id="zoom">
{article(m, lines)}
</div>
<div class="share">分享到：<a href="javascript:shareTo('weixin')">微信</a> <a href="javascript:shareTo('weibo')">微博</a></div>
<div class="related">
  <h3>相关链接</h3>
  <ul>
{related}
  </ul>
</div>
</div>
<div class="footer">
  <p>主办单位：{m['site']}办公室　承办单位：{m['site'][:-4]}大数据管理中心</p>
  <p>网站标识码：{m['site_code']}　<a href="https://beian.miit.gov.cn/">{m['icp']}</a>　<a href="http://www.beian.gov.cn/">{m['beian']}</a></p>
  <p>版权所有：{m['site']}　建议使用1366×768分辨率浏览</p>
</div>
<script type="text/javascript">{JS}</script>
</body>
</html>
"""


NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def odf_text(s):
    """Escape for ODF and keep every space (ODF collapses runs of spaces)."""
    return html.escape(s, quote=False).replace(" ", "<text:s/>")


def fodt(m, lines, latin, cjk):
    paras = []
    for line in lines:
        style = ("Title" if line in m["center"] else
                 "Signature" if line in m["right"] else
                 "Body" if line.strip() else "Standard")
        paras.append('<text:p text:style-name="%s">%s</text:p>' % (style, odf_text(line)))
    fonts = "".join('<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;" '
                    'style:font-pitch="variable"/>' % (f, f) for f in dict.fromkeys([latin, cjk]))
    txt = ('style:font-name="{l}" fo:font-size="14pt" style:font-name-asian="{c}" '
           'style:font-size-asian="14pt" fo:language="zh" fo:country="CN" '
           'style:language-asian="zh" style:country-asian="CN"').format(l=latin, c=cjk)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{esc(m['h1'])}</dc:title><dc:creator>{m['org']}</dc:creator></office:meta>
<office:font-face-decls>{fonts}</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties {txt}/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text">
  <style:paragraph-properties fo:line-height="150%" fo:margin-top="0cm" fo:margin-bottom="0cm"/>
 </style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-indent="28pt" fo:text-align="justify"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="18pt" style:font-size-asian="18pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Signature" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:margin-right="28pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center" fo:line-height="100%"/>
  <style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center" fo:line-height="100%"/>
  <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
    fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.8cm"
    fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.1cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.8cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="A4">
  <style:header><text:p text:style-name="Header">{m['org']}</text:p></style:header>
  <!-- two spaces each side: with one, pdftotext prints "—1—" -->
  <style:footer><text:p text:style-name="Footer">—<text:s text:c="2"/><text:page-number text:select-page="current">1</text:page-number><text:s text:c="2"/>—</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{chr(10).join(paras)}
</office:text></office:body>
</office:document>
"""


for name, m in REPORTS.items():
    lines = read_lines(os.path.join(src, name + ".txt"))
    doc = page(name, m, lines)
    enc = m["encoding"]
    if enc == "gbk":
        try:
            data = doc.encode("gbk")
        except UnicodeEncodeError as e:
            print("warning: %s: %s; writing gb18030" % (name, e), file=sys.stderr)
            m["encoding"] = "gb18030"
            data = page(name, m, lines).encode("gb18030")
    else:
        data = doc.encode(enc)
    with open(os.path.join(html_dir, name + ".html"), "wb") as f:
        f.write(data)
    for kind, latin, cjk in (("docx", "Times New Roman", "仿宋_GB2312"),
                             ("pdf", "WenQuanYi Zen Hei", "WenQuanYi Zen Hei")):
        with open(os.path.join(work, kind, name + ".fodt"), "w", encoding="utf-8") as f:
            f.write(fodt(m, lines, latin, cjk))
PY

# 2. DOCX and PDF through LibreOffice (a throwaway profile keeps it off ~/.config).
lo=(soffice "-env:UserInstallation=file://$work/lo-profile" --headless --norestore)
"${lo[@]}" --convert-to 'docx:MS Word 2007 XML' --outdir "$dst/docx" "$work"/docx/*.fodt >/dev/null
"${lo[@]}" --convert-to pdf:writer_pdf_Export --outdir "$dst/pdf" "$work"/pdf/*.fodt >/dev/null

# 3. Check: every file made, PDFs have >= 2 pages, a header and "— N —" on each page.
for txt in "$src"/*.txt; do
  name=$(basename "$txt" .txt)
  for f in "$dst/html/$name.html" "$dst/docx/$name.docx" "$dst/pdf/$name.pdf"; do
    [ -s "$f" ] || { echo "missing $f" >&2; exit 1; }
  done
  if command -v pdftotext >/dev/null; then
    pages=$(pdftotext -enc UTF-8 "$dst/pdf/$name.pdf" - | tr -cd '\f' | wc -c)
    nums=$(pdftotext -enc UTF-8 "$dst/pdf/$name.pdf" - | grep -c '^— [0-9]* —$' || true)
    [ "$pages" -ge 2 ] && [ "$nums" -eq "$pages" ] ||
      { echo "$name.pdf: $pages pages, $nums page numbers" >&2; exit 1; }
  fi
done

# 4. An old binary Word (.doc) copy of one report, for the LibreOffice path.
mkdir -p "$dst/doc"
soffice -env:UserInstallation="file://$work/lo-profile" --headless --norestore --convert-to doc \
  --outdir "$work/doc" "$dst/docx/000_051a4340593b0f50.docx" >/dev/null
cp "$work/doc/000_051a4340593b0f50.doc" "$dst/doc/000_051a4340593b0f50-word97.doc"

# 5. Hostile files: a zip bomb .docx (a 30 MB part stored in 30 kB), a .docx
#    whose document part declares an external entity, a portal list page, and
#    a PDF whose only page is an image (a scan without text layer).
mkdir -p "$dst/hostile"
python3 - "$dst/hostile" <<'PY'
import os, sys, zipfile, zlib
out = sys.argv[1]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="xml" ContentType="application/xml"/></Types>')
head = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="%s"><w:body>' % W
part = head.encode() + b" " * (30 * 1024 * 1024) + "<w:p><w:r><w:t>调解矛盾纠纷33起</w:t></w:r></w:p></w:body></w:document>".encode()
with zipfile.ZipFile(os.path.join(out, "zip-bomb.docx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", types)
    z.writestr("word/document.xml", part)
xxe = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
       '<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>锦丰镇2023年法治政府建设年度报告 &secret;</w:t></w:r></w:p>'
       '</w:body></w:document>' % W)
with zipfile.ZipFile(os.path.join(out, "external-entity.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", types)
    z.writestr("word/document.xml", xxe)
image = zlib.compress(bytes([200]) * 64 * 64)
content = b"q 500 0 0 700 48 70 cm /Im1 Do Q"
objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
           b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
           b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8"
           b" /Filter /FlateDecode /Length %d >>\nstream\n" % len(image) + image + b"\nendstream"]
pdf, offsets = b"%PDF-1.4\n", []
for number, body in enumerate(objects, 1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(os.path.join(out, "scanned.pdf"), "wb").write(pdf)
PY
# list-page.html is written by hand (Tests/Fixtures/formats/hostile/list-page.html).

du -ch "$dst"/html/* "$dst"/docx/* "$dst"/pdf/* | tail -1
