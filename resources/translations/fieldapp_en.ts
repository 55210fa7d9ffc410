<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="43"/>
        <source>批量打印</source>
        <translation>Print in a batch</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="44"/>
        <source>受理回执 %1 份</source>
        <translation>%1 receipt(s)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="45"/>
        <source>检查告知书 %1 份</source>
        <translation>%1 inspection notice(s)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="46"/>
        <source>整改通知书 %1 份</source>
        <translation>%1 rectification notice(s)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="50"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="50"/>
        <source>今天到期的通知书 %1 份（%2）</source>
        <translation>Notices due today: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="51"/>
        <source>今天到期的通知书 %1 份</source>
        <translation>Notices due today: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="54"/>
        <source>选中的报装（%1 份回执）</source>
        <translation>The selected requests (%1 receipts)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="56"/>
        <source>，%1 条不能出具回执，略过</source>
        <translation>; %1 cannot have a receipt and are skipped</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="61"/>
        <source>每份通知书从新的一页开始，合成一个 PDF；已出具的按原样补打。</source>
        <translation>Each notice starts on a new page of one PDF; notices issued before are reprinted as they were.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="66"/>
        <source>打印预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="69"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="73"/>
        <source>把下列通知书合成一个 PDF 打印：</source>
        <translation>Print these notices together as one PDF:</translation>
    </message>
</context>
<context>
    <name>BatchPreview</name>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="91"/>
        <source>批量打印 — %1</source>
        <translation>Batch — %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="95"/>
        <source>批次 %1：%2 份通知书（新出具 %3，补打 %4），共 %5 页</source>
        <translation>Batch %1: %2 notices (%3 issued, %4 reprinted), %5 pages</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="66"/>
        <source>标定比例尺</source>
        <translation>Calibrate the scale</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="69"/>
        <source>两点在图上相距 %1 像素。请输入它们的实际距离（米）。</source>
        <translation>The two points are %1 pixels apart on the drawing. Type their real distance (metres).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="71"/>
        <source>实际距离（米）</source>
        <translation>Real distance (m)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="72"/>
        <source>例如 25.6</source>
        <translation>e.g. 25.6</translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <location filename="../../fieldapp/ui/communities/page.py" line="81"/>
        <source>新增小区</source>
        <translation>Add community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities/page.py" line="81"/>
        <source>搜索小区名称或拼音首字母、街道、区县、台区…</source>
        <translation>Search name or pinyin initials, street, district, station area…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities/page.py" line="90"/>
        <source>共 %1 个小区</source>
        <translation>%1 communities</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities/page.py" line="113"/>
        <location filename="../../fieldapp/ui/communities/page.py" line="119"/>
        <source>删除小区</source>
        <translation>Delete community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities/page.py" line="114"/>
        <source>确定删除小区“%1”吗？</source>
        <translation>Delete the community “%1”?</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <location filename="../../fieldapp/ui/communities/dialog.py" line="32"/>
        <source>编辑小区</source>
        <translation>Edit community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities/dialog.py" line="32"/>
        <source>新增小区</source>
        <translation>Add community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities/dialog.py" line="38"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities/dialog.py" line="40"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="6"/>
        <source>小区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="11"/>
        <source>小区名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="14"/>
        <source>区县(&amp;D)</source>
        <translation>&amp;District</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="15"/>
        <source>如 鹿城区</source>
        <translation>e.g. Lucheng</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="17"/>
        <source>街道/路(&amp;S)</source>
        <translation>&amp;Street</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="20"/>
        <source>台区(&amp;T)</source>
        <translation>&amp;Transformer area</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="23"/>
        <source>物业公司(&amp;P)</source>
        <translation>&amp;Property company</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="26"/>
        <source>物业联系人(&amp;C)</source>
        <translation>Property &amp;contact</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="27"/>
        <source>姓名 电话</source>
        <translation>name and phone</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="29"/>
        <source>批量施工证明编号(&amp;B)</source>
        <translation>&amp;Batch certificate no.</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="30"/>
        <source>一小区一证明</source>
        <translation>one certificate per community</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="32"/>
        <source>证明出具单位(&amp;I)</source>
        <translation>Certificate &amp;issued by</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="33"/>
        <source>如 某某社区居委会、某某物业服务有限公司</source>
        <translation>e.g. the residents&apos; committee or the property company</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="35"/>
        <source>证明有效期至(&amp;V)</source>
        <translation>Certificate &amp;valid until</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="36"/>
        <source>如 2027-06-30</source>
        <translation>e.g. 2027-06-30</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="38"/>
        <source>备注(&amp;R)</source>
        <translation>&amp;Remarks</translation>
    </message>
</context>
<context>
    <name>CommunityTableModel</name>
    <message>
        <location filename="../../fieldapp/ui/communities/page.py" line="30"/>
        <source>小区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities/page.py" line="30"/>
        <source>区县</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities/page.py" line="30"/>
        <source>街道/路</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities/page.py" line="30"/>
        <source>台区</source>
        <translation>Transformer area</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities/page.py" line="31"/>
        <source>物业公司</source>
        <translation>Property company</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities/page.py" line="31"/>
        <source>批量施工证明</source>
        <translation>Batch certificate</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities/page.py" line="31"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities/page.py" line="32"/>
        <source>住户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities/page.py" line="67"/>
        <source>%1（已过期）</source>
        <translation>%1 (expired)</translation>
    </message>
</context>
<context>
    <name>ConflictChoices</name>
    <message>
        <location filename="../../fieldapp/ui/exchange/choices.py" line="24"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/choices.py" line="24"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/choices.py" line="24"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/choices.py" line="24"/>
        <source>本机版本</source>
        <translation>Version here</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/choices.py" line="25"/>
        <source>文件版本</source>
        <translation>Version in file</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/choices.py" line="25"/>
        <source>处理</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/choices.py" line="28"/>
        <source>保留本机</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/choices.py" line="28"/>
        <source>采用文件</source>
        <translation>Take the file’s</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/choices.py" line="28"/>
        <source>暂缓</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/choices.py" line="31"/>
        <source>已删除</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/choices.py" line="34"/>
        <source>%1（删除）</source>
        <translation>%1 (delete)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/choices.py" line="47"/>
        <source>选中行后按 M 保留本机、T 采用文件、D 暂缓；空格键打开选项</source>
        <translation>Select rows, then press M to keep mine, T to take the file’s, D to decide later; Space opens the choices</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../fieldapp/ui/window/demo_offer.py" line="33"/>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/demo_offer.py" line="35"/>
        <source>正在生成演示数据…</source>
        <translation>Generating demo data…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/demo_offer.py" line="41"/>
        <source>欢迎使用现场服务助手</source>
        <translation>Welcome to FieldApp</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/demo_offer.py" line="42"/>
        <source>数据库还是空的。要生成一批演示数据（%1 户住户及其小区）来熟悉程序吗？
以后也可以在“文件 → 生成演示数据”中生成。</source>
        <translation>The database is still empty. Generate demo data (%1 households and their communities) to get to know the application?
You can also do this later from File → Generate demo data.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/demo_offer.py" line="54"/>
        <source>生成演示数据</source>
        <translation>Generate demo data</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/demo_offer.py" line="55"/>
        <source>住户数量：</source>
        <translation>Number of households:</translation>
    </message>
</context>
<context>
    <name>DifferencePane</name>
    <message>
        <location filename="../../fieldapp/ui/exchange/compare.py" line="15"/>
        <source>差异</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/compare.py" line="18"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/compare.py" line="18"/>
        <source>本机</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/compare.py" line="18"/>
        <source>文件</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/compare.py" line="30"/>
        <source>选中一条冲突查看两边的差异。</source>
        <translation>Select a conflict to see how the two sides differ.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/compare.py" line="32"/>
        <source>本机已删除</source>
        <translation>deleted here</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/compare.py" line="33"/>
        <source>本机第 %1 版</source>
        <translation>version %1 here</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/compare.py" line="34"/>
        <source>文件中已删除（第 %1 版）</source>
        <translation>deleted in the file (version %1)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/compare.py" line="35"/>
        <source>文件第 %1 版</source>
        <translation>version %1 in the file</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/compare.py" line="37"/>
        <source>%1 · %2：%3，%4</source>
        <translation>%1 · %2: %3, %4</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/compare.py" line="45"/>
        <source>文件中这一项是空的：采用文件会清空本机的“%1”</source>
        <translation>Blank in the file: taking the file&apos;s version clears “%1” here</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/compare.py" line="48"/>
        <source>（没有可显示的差异）</source>
        <translation>(no visible difference)</translation>
    </message>
</context>
<context>
    <name>DocumentChecklist</name>
    <message>
        <location filename="../../fieldapp/ui/requests/documents.py" line="71"/>
        <source>用小区证明</source>
        <translation>Community certificate</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/documents.py" line="120"/>
        <source>小区批量证明 %1 有效期至 %2</source>
        <translation>Community batch certificate %1 valid until %2</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/documents.py" line="122"/>
        <source>长期</source>
        <translation>further notice</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/documents.py" line="124"/>
        <source>（%1 出具）</source>
        <translation> (issued by %1)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/documents.py" line="125"/>
        <source>，可代替允许施工证明</source>
        <translation>; it stands in for the permission-to-construct certificate</translation>
    </message>
</context>
<context>
    <name>DrawingImport</name>
    <message>
        <location filename="../../fieldapp/ui/garages/drawing_import.py" line="55"/>
        <source>无法读取 PDF 文件 %1</source>
        <translation>Cannot read the PDF file %1</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../fieldapp/ui/exchange/describe.py" line="22"/>
        <source>小区</source>
        <translation>Communities</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/describe.py" line="23"/>
        <source>住户</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/describe.py" line="24"/>
        <source>充电桩报装</source>
        <translation>Charger requests</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/describe.py" line="25"/>
        <source>报装材料</source>
        <translation>Request documents</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/describe.py" line="26"/>
        <source>删除记录</source>
        <translation>Deletions</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../fieldapp/ui/exchange/menu.py" line="37"/>
        <source>导出交换文件(&amp;E)…</source>
        <translation>&amp;Export exchange file…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/menu.py" line="39"/>
        <source>把数据导出为 Excel 交换文件，交给主管或另一台电脑</source>
        <translation>Export the data as an Excel exchange file for a supervisor or another computer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/menu.py" line="41"/>
        <source>导入交换文件(&amp;I)…</source>
        <translation>&amp;Import exchange files…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/menu.py" line="43"/>
        <source>导入别的电脑导出的 Excel 交换文件，先预览再导入</source>
        <translation>Import Excel exchange files exported by other computers, with a preview first</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/menu.py" line="46"/>
        <source>导入住户花名册(&amp;H)…</source>
        <translation>Import &amp;household roster…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/menu.py" line="48"/>
        <source>从营销系统导出的或手工整理的住户名单（Excel）导入住户，先指定列再预览</source>
        <translation>Import households from a list (Excel) exported by the marketing system or made by hand: choose the columns, then preview</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/menu.py" line="51"/>
        <source>导入时暂缓决定的冲突</source>
        <translation>Conflicts left undecided at import</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/menu.py" line="63"/>
        <source>待处理冲突(&amp;C)…</source>
        <translation>Pending &amp;conflicts…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/menu.py" line="64"/>
        <source>待处理冲突 (%1)(&amp;C)…</source>
        <translation>Pending &amp;conflicts (%1)…</translation>
    </message>
</context>
<context>
    <name>ExchangeExport</name>
    <message>
        <location filename="../../fieldapp/ui/exchange/export.py" line="29"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/export.py" line="76"/>
        <source>已导出到：
%1</source>
        <translation>Exported to:
%1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/export.py" line="78"/>
        <source>内容：%1 以来的变更</source>
        <translation>Contents: changes since %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/export.py" line="81"/>
        <source>内容：全部数据</source>
        <translation>Contents: all data</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/export.py" line="83"/>
        <source>%1：%2 条</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/export.py" line="89"/>
        <source>导出交换文件</source>
        <translation>Export exchange file</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/export.py" line="116"/>
        <source>导出失败：%1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/export.py" line="119"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>ExchangeImport</name>
    <message>
        <location filename="../../fieldapp/ui/exchange/import_flow.py" line="51"/>
        <source>导入完成：新增 %1 条，更新 %2 条，删除 %3 条。</source>
        <translation>Import finished: %1 new, %2 updated, %3 deleted.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/import_flow.py" line="55"/>
        <source>冲突：采用文件 %1 条，保留本机 %2 条，暂缓 %3 条。</source>
        <translation>Conflicts: %1 taken from the file, %2 kept as they are here, %3 left for later.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/import_flow.py" line="60"/>
        <source>暂缓的冲突可在“文件 → 待处理冲突”中处理。</source>
        <translation>Decide the ones left for later under File → Pending conflicts.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/import_flow.py" line="62"/>
        <source>有问题的 %1 行没有导入。</source>
        <translation>%1 rows with problems were not imported.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/import_flow.py" line="64"/>
        <source>导入前的数据库已备份到：
%1</source>
        <translation>The database as it was before the import is backed up at:
%1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/import_flow.py" line="72"/>
        <location filename="../../fieldapp/ui/exchange/import_flow.py" line="105"/>
        <source>导入交换文件</source>
        <translation>Import exchange files</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/import_flow.py" line="97"/>
        <source>无法读取文件：%1</source>
        <translation>The files could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/import_flow.py" line="100"/>
        <source>正在检查文件…</source>
        <translation>Checking the files…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/import_flow.py" line="122"/>
        <source>导入失败，数据没有改动：%1</source>
        <translation>The import failed and no data was changed: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/import_flow.py" line="125"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fieldapp/ui/exchange/export.py" line="38"/>
        <source>导出交换文件</source>
        <translation>Export exchange file</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/export.py" line="39"/>
        <source>把本机的数据写成 Excel 交换文件，交给主管或另一台电脑导入。</source>
        <translation>Write this computer’s data to an Excel exchange file for a supervisor or another computer to import.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/export.py" line="42"/>
        <source>全部数据(&amp;A)</source>
        <translation>&amp;All data</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/export.py" line="43"/>
        <source>自上次导出以来的变更(&amp;C)</source>
        <translation>&amp;Changes since the last export</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/export.py" line="45"/>
        <source>上次导出：%1</source>
        <translation>Last export: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/export.py" line="47"/>
        <source>本机还没有导出过，第一次请导出全部数据。</source>
        <translation>Nothing has been exported from this computer yet; export all data the first time.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/export.py" line="53"/>
        <source>选择文件并导出(&amp;E)…</source>
        <translation>Choose file and &amp;export…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/export.py" line="57"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <location filename="../../fieldapp/ui/inspections/fill_dialog.py" line="53"/>
        <source>安全检查 — %1</source>
        <translation>Safety inspection — %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/fill_dialog.py" line="70"/>
        <source>上一项</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/fill_dialog.py" line="71"/>
        <source>下一项</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/fill_dialog.py" line="72"/>
        <location filename="../../fieldapp/ui/inspections/fill_dialog.py" line="185"/>
        <source>完成检查(&amp;F)…</source>
        <translation>&amp;Finish…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/fill_dialog.py" line="73"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/fill_dialog.py" line="76"/>
        <source>1 合格 · 2 不合格 · 3 不适用 · P 照片 · Alt+N 说明 · Alt+F 完成</source>
        <translation>1 pass · 2 fail · 3 not applicable · P photo · Alt+N note · Alt+F finish</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/fill_dialog.py" line="78"/>
        <source>填写整改期限、签名并完成（Alt+F）</source>
        <translation>Give the deadline, sign and finish (Alt+F)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/fill_dialog.py" line="79"/>
        <source>每项结果已随时保存，下次打开从未检查的项继续</source>
        <translation>Every answer is already saved; next time it opens at the first unanswered item</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/fill_dialog.py" line="160"/>
        <source>%1 第 %2 版</source>
        <translation>%1 version %2</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/fill_dialog.py" line="162"/>
        <source>复查</source>
        <translation>re-inspection</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/fill_dialog.py" line="251"/>
        <source>全部 %1 项已检查，按 Alt+F 完成检查</source>
        <translation>All %1 items answered: press Alt+F to finish</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/fill_dialog.py" line="273"/>
        <source>选择照片</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/fill_dialog.py" line="273"/>
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../fieldapp/ui/inspections/finish_dialog.py" line="47"/>
        <location filename="../../fieldapp/ui/inspections/finish_dialog.py" line="101"/>
        <source>完成检查</source>
        <translation>Finish inspection</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/finish_dialog.py" line="59"/>
        <source>整改期限(&amp;D)（有重大隐患，必填）</source>
        <translation>&amp;Deadline (required: a major hazard was found)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/finish_dialog.py" line="59"/>
        <source>整改期限(&amp;D)</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/finish_dialog.py" line="64"/>
        <source>%1 天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/finish_dialog.py" line="74"/>
        <source>请客户在此签名</source>
        <translation>Customer signs here</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/finish_dialog.py" line="75"/>
        <source>检查人在此签名</source>
        <translation>Inspector signs here</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/finish_dialog.py" line="77"/>
        <source>客户签名</source>
        <translation>Customer&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/finish_dialog.py" line="78"/>
        <source>检查人签名</source>
        <translation>Inspector&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/finish_dialog.py" line="79"/>
        <source>重签</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/finish_dialog.py" line="103"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/finish_dialog.py" line="119"/>
        <source>全部 %1 项合格或不适用。</source>
        <translation>All %1 items passed or do not apply.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/finish_dialog.py" line="120"/>
        <source>%1 项中有 %2 项不合格：</source>
        <translation>%2 of %1 items failed:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/finish_dialog.py" line="157"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>GarageChooser</name>
    <message>
        <location filename="../../fieldapp/ui/garages/chooser.py" line="31"/>
        <source>选择小区</source>
        <translation>Choose a community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/chooser.py" line="34"/>
        <source>小区的车库；选中一个打开它的车库图</source>
        <translation>The community&apos;s garages; select one to open its plan</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/chooser.py" line="37"/>
        <source>新建车库…</source>
        <translation>New garage…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/chooser.py" line="38"/>
        <source>在所选小区新建一个车库（如 B1）</source>
        <translation>Add a garage (e.g. B1) to the chosen community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/chooser.py" line="42"/>
        <source>小区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/chooser.py" line="44"/>
        <source>车库</source>
        <translation>Garages</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/chooser.py" line="88"/>
        <location filename="../../fieldapp/ui/garages/chooser.py" line="94"/>
        <source>新建车库</source>
        <translation>New garage</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/chooser.py" line="88"/>
        <source>车库名称（如 B1）</source>
        <translation>Garage name (e.g. B1)</translation>
    </message>
</context>
<context>
    <name>GaragesPage</name>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="86"/>
        <source>导入图纸…</source>
        <translation>Import drawing…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="87"/>
        <source>导入车库图纸：PNG、JPG 或 PDF（第一页）</source>
        <translation>Import the garage drawing: PNG, JPG or PDF (first page)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="110"/>
        <source>选择</source>
        <translation>Select</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="111"/>
        <source>选择、拖动表箱和车位，双击修改；方向键微调，拖动空白处平移</source>
        <translation>Select and drag meter boxes and spaces, double-click to edit; arrow keys nudge; drag the background to pan</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="112"/>
        <source>标定</source>
        <translation>Calibrate</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="113"/>
        <source>在图上点两个点，再输入它们的实际距离</source>
        <translation>Click two points on the drawing, then type their real distance</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="114"/>
        <source>表箱</source>
        <translation>Meter box</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="114"/>
        <source>点一下放一个表箱</source>
        <translation>Click to place a meter box</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="115"/>
        <source>车位</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="115"/>
        <source>点一下放一个车位</source>
        <translation>Click to place a parking space</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="116"/>
        <source>一排车位</source>
        <translation>Row of spaces</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="117"/>
        <source>从第一个车位拖到最后一个，一次编号一排</source>
        <translation>Drag from the first space to the last to number a whole row</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="118"/>
        <source>通道</source>
        <translation>Aisle</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="118"/>
        <source>逐点点出通道中心线；Esc 或双击结束</source>
        <translation>Click along an aisle&apos;s centre-line; Esc or a double click ends it</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="119"/>
        <source>画路径</source>
        <translation>Draw route</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="120"/>
        <source>从所选表箱沿电缆实际走向逐点点到车位（或双击、回车结束）；退格删去上一点，Esc 取消</source>
        <translation>Click the cable&apos;s own way from the chosen meter box to the space (or end with a double click or Enter); Backspace takes back a point, Esc cancels</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="129"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="130"/>
        <source>删除所选的表箱、车位或通道</source>
        <translation>Delete the selected meter boxes, spaces or aisles</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="132"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="133"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="134"/>
        <source>撤销 (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="136"/>
        <source>重做 (Ctrl+Y)</source>
        <translation>Redo (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="144"/>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="147"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="149"/>
        <source>全图</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="149"/>
        <source>显示整张图纸</source>
        <translation>Show the whole drawing</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="151"/>
        <source>供电半径</source>
        <translation>Supply radius</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="152"/>
        <source>显示或隐藏每个表箱的供电半径圆</source>
        <translation>Show or hide each meter box&apos;s supply circle</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="218"/>
        <location filename="../../fieldapp/ui/garages/page.py" line="234"/>
        <source>导入图纸</source>
        <translation>Import drawing</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="219"/>
        <source>图纸 (*.png *.jpg *.jpeg *.pdf);;所有文件 (*)</source>
        <translation>Drawings (*.png *.jpg *.jpeg *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="259"/>
        <location filename="../../fieldapp/ui/garages/page.py" line="302"/>
        <source>车库图</source>
        <translation>Garage plan</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="283"/>
        <source>这个小区还没有车库，点“新建车库…”。</source>
        <translation>This community has no garage yet: click &quot;New garage…&quot;.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="285"/>
        <source>先在“小区”页新增小区。</source>
        <translation>Add a community on the Communities page first.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="287"/>
        <source>表箱 %1 个，车位 %2 个，通道 %3 段</source>
        <translation>%1 meter boxes, %2 spaces, %3 aisle segments</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="291"/>
        <source>没有图纸：点“导入图纸…”</source>
        <translation>No drawing: click &quot;Import drawing…&quot;</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="292"/>
        <source>图纸不在这台电脑上，请重新导入</source>
        <translation>The drawing is not on this computer; import it again</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="294"/>
        <source>比例尺：1 像素 = %1 米</source>
        <translation>Scale: 1 pixel = %1 m</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/page.py" line="297"/>
        <source>未标定：先用“标定”量一段已知距离</source>
        <translation>Not calibrated: use &quot;Calibrate&quot; on a known distance first</translation>
    </message>
</context>
<context>
    <name>HazardTableModel</name>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="107"/>
        <source>住户</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="107"/>
        <source>关爱标签</source>
        <translation>Care tags</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="107"/>
        <source>小区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="107"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="108"/>
        <source>隐患</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="108"/>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="108"/>
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="109"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="109"/>
        <source>报装编号</source>
        <translation>Request no.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="120"/>
        <source>（已超期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="122"/>
        <source>已消除</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="122"/>
        <source>未消除</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>HazardsTab</name>
    <message>
        <location filename="../../fieldapp/ui/inspections/hazards_tab.py" line="45"/>
        <source>仅未消除(&amp;U)</source>
        <translation>Open only (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/hazards_tab.py" line="47"/>
        <source>仅超期(&amp;E)</source>
        <translation>Ov&amp;erdue only</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/hazards_tab.py" line="53"/>
        <source>复查(&amp;R)</source>
        <translation>&amp;Re-inspect</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/hazards_tab.py" line="54"/>
        <source>为选中隐患所在的检查安排复查，只查未消除的项目</source>
        <translation>Plan a re-inspection of the selected hazard&apos;s inspection, of its open items only</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/hazards_tab.py" line="55"/>
        <source>查看检查(&amp;O)</source>
        <translation>&amp;Open inspection</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/hazards_tab.py" line="87"/>
        <source>全部小区</source>
        <translation>All communities</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/hazards_tab.py" line="106"/>
        <source>共 %1 项隐患</source>
        <translation>Hazards: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/hazards_tab.py" line="108"/>
        <source>，%1 项超期</source>
        <translation>, overdue: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/hazards_tab.py" line="138"/>
        <source>已安排 %1 复查</source>
        <translation>Re-inspection planned for %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../fieldapp/ui/shared/history_dialog.py" line="36"/>
        <source>变更记录 — %1</source>
        <translation>History — %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/shared/history_dialog.py" line="38"/>
        <source>新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/shared/history_dialog.py" line="38"/>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/shared/history_dialog.py" line="38"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/shared/history_dialog.py" line="39"/>
        <source>导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/shared/history_dialog.py" line="42"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/shared/history_dialog.py" line="42"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/shared/history_dialog.py" line="42"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/shared/history_dialog.py" line="43"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/shared/history_dialog.py" line="43"/>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/shared/history_dialog.py" line="43"/>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/shared/history_dialog.py" line="61"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../fieldapp/ui/households/dialog.py" line="27"/>
        <source>编辑住户</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/dialog.py" line="27"/>
        <source>新增住户</source>
        <translation>Add household</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/dialog.py" line="52"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/dialog.py" line="54"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="6"/>
        <source>住户</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="11"/>
        <source>户号(&amp;A)</source>
        <translation>&amp;Account no.</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="12"/>
        <source>数字，保留开头的 0</source>
        <translation>digits, leading zeros kept</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="14"/>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="17"/>
        <source>手机(&amp;M)</source>
        <translation>&amp;Mobile</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="18"/>
        <source>11 位手机号</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="20"/>
        <source>身份证号(&amp;I)</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="21"/>
        <source>18 位，末位可为 X</source>
        <translation>18 characters, the last may be X</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="23"/>
        <source>小区(&amp;C)</source>
        <translation>&amp;Community</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="26"/>
        <source>楼幢/单元/房号</source>
        <translation>Building / unit / room</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="28"/>
        <source>楼幢</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="29"/>
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="30"/>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="33"/>
        <source>地址(&amp;D)</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="34"/>
        <source>完整地址，可不填（按楼幢单元房号显示）</source>
        <translation>full address, optional (building/unit/room shown otherwise)</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="36"/>
        <source>电表号(&amp;E)</source>
        <translation>Meter n&amp;o.</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="39"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="41"/>
        <source>独居老人</source>
        <translation>Elderly living alone</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="42"/>
        <source>停电敏感</source>
        <translation>Outage-sensitive</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="43"/>
        <source>困难户</source>
        <translation>Low-income</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="45"/>
        <source>备注(&amp;R)</source>
        <translation>&amp;Remarks</translation>
    </message>
</context>
<context>
    <name>HouseholdHazardsPanel</name>
    <message>
        <location filename="../../fieldapp/ui/inspections/household_panel.py" line="28"/>
        <source>安全隐患</source>
        <translation>Hazards</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/household_panel.py" line="33"/>
        <source>安排安全检查(&amp;J)…</source>
        <translation>Plan an inspection (&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/household_panel.py" line="51"/>
        <source>选择一户，查看其未消除的安全隐患。</source>
        <translation>Select a household to see its open hazards.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/household_panel.py" line="55"/>
        <source>%1 没有未消除的安全隐患。</source>
        <translation>%1 has no open hazard.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/household_panel.py" line="61"/>
        <source>期限 %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/household_panel.py" line="62"/>
        <source>未定期限</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/household_panel.py" line="67"/>
        <source>已超期</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/household_panel.py" line="69"/>
        <source>未消除 %1 项：</source>
        <translation>%1 open: </translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/household_panel.py" line="72"/>
        <source>；另有 %1 项</source>
        <translation>; %1 more</translation>
    </message>
</context>
<context>
    <name>HouseholdRequestsPanel</name>
    <message>
        <location filename="../../fieldapp/ui/households/requests_panel.py" line="30"/>
        <source>充电桩报装</source>
        <translation>Charger requests</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/requests_panel.py" line="35"/>
        <source>为该户新建报装(&amp;B)…</source>
        <translation>New request for this household (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/requests_panel.py" line="36"/>
        <source>查看报装</source>
        <translation>Show requests</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/requests_panel.py" line="56"/>
        <source>选择一户，查看其充电桩报装。</source>
        <translation>Select a household to see its charger requests.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/requests_panel.py" line="63"/>
        <source>%1 还没有充电桩报装。</source>
        <translation>%1 has no charger requests yet.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/requests_panel.py" line="70"/>
        <source>车位 %1</source>
        <translation>space %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/requests_panel.py" line="74"/>
        <source>；另有 %1 件</source>
        <translation>; %1 more</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/requests_panel.py" line="82"/>
        <source>待补齐容缺材料 %1</source>
        <translation>Deferred documents still owed: %1</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../fieldapp/ui/households/model.py" line="53"/>
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/model.py" line="53"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/model.py" line="53"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/model.py" line="53"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/model.py" line="54"/>
        <source>小区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/model.py" line="54"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/model.py" line="54"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/model.py" line="54"/>
        <source>更新时间</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/model.py" line="110"/>
        <source>电表号</source>
        <translation>Meter no.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/model.py" line="136"/>
        <source>匹配：%1（号码中间几位不显示）</source>
        <translation>Matched: %1 (the middle digits are hidden)</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <location filename="../../fieldapp/ui/households/page.py" line="37"/>
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/page.py" line="46"/>
        <source>搜索姓名或拼音（zt、zhangting）、地址、户号、手机号、小区…  (Ctrl+F)</source>
        <translation>Search name or pinyin (zt, zhangting), address, account, mobile, community…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/page.py" line="47"/>
        <source>新增住户</source>
        <translation>Add household</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/page.py" line="78"/>
        <source>匹配超过 %1 户，只显示前 %1 户，请输入更多内容缩小范围</source>
        <translation>More than %1 households match; showing the first %1. Type more to narrow the search.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/page.py" line="81"/>
        <source>找到 %1 户</source>
        <translation>%1 households found</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/page.py" line="76"/>
        <source>共 %1 户</source>
        <translation>%1 households</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/page.py" line="84"/>
        <source>匹配：%1</source>
        <translation>matched: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/page.py" line="138"/>
        <location filename="../../fieldapp/ui/households/page.py" line="144"/>
        <source>删除住户</source>
        <translation>Delete household</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households/page.py" line="137"/>
        <source>确定删除住户 %1（户号 %2）吗？删除会记入变更记录，并随数据交换同步。</source>
        <translation>Delete household %1 (account %2)? The deletion is kept in the history and travels with data exchange.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="51"/>
        <source>导入预览</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="82"/>
        <source>保存问题报告(&amp;R)…</source>
        <translation>Save problem &amp;report…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="85"/>
        <source>把有问题的行和冲突存为 Excel 工作簿，可发回给台区经理</source>
        <translation>Save the rejected rows and conflicts as an Excel workbook to send back to the area manager</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="101"/>
        <source>以下文件无法导入，没有导入任何数据。请修正这些文件，或不选它们，再重新导入。</source>
        <translation>These files cannot be imported; nothing was imported. Fix them, or leave them out, and import again.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="103"/>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="133"/>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="204"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="103"/>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="205"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="109"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="117"/>
        <source>将新增 %1 条、更新 %2 条、删除 %3 条记录。</source>
        <translation>%1 records will be added, %2 updated and %3 deleted.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="122"/>
        <source>%1 条记录在两边都改过（冲突），请在下面逐条决定；暂缓的以后可在“文件 → 待处理冲突”中处理。</source>
        <translation>%1 records were changed on both sides (conflicts): decide each one below; those left for later wait under File → Pending conflicts.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="126"/>
        <source>%1 行有问题，不会导入，原因见“有问题的行”。</source>
        <translation>%1 rows have problems and will not be imported; see “Rows with problems”.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="129"/>
        <source>文件中没有本机需要的新数据。</source>
        <translation>The files hold nothing new for this computer.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="133"/>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="204"/>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="133"/>
        <source>来自</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="144"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="152"/>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="267"/>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="156"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="163"/>
        <source>冲突 (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="167"/>
        <source>有问题的行 (%1)</source>
        <translation>Rows with problems (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="171"/>
        <source>提示 (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="184"/>
        <source>全部保留本机(&amp;M)</source>
        <translation>Keep &amp;mine for all</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="185"/>
        <source>全部采用文件(&amp;T)</source>
        <translation>&amp;Take the file’s for all</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="186"/>
        <source>全部暂缓(&amp;D)</source>
        <translation>&amp;Decide all later</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="204"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="205"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="213"/>
        <source>复制全部(&amp;C)</source>
        <translation>&amp;Copy all</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="215"/>
        <source>复制为表格文本，可粘贴到 Excel/WPS；Ctrl+C 只复制选中的行</source>
        <translation>Copies as table text to paste into Excel/WPS; Ctrl+C copies the selected rows only</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="218"/>
        <source>这些行不会导入。请在原表格中修正后重新导出，或在本机补录。</source>
        <translation>These rows will not be imported. Correct them at the source and export again, or enter them here.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="231"/>
        <source>导入问题报告.xlsx</source>
        <translation>import-problems.xlsx</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="231"/>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="240"/>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="242"/>
        <source>保存问题报告</source>
        <translation>Save problem report</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="232"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="243"/>
        <source>报告已保存到 %1</source>
        <translation>Report saved to %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="261"/>
        <source>导入 %1 条变更</source>
        <translation>import %1 changes</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="263"/>
        <source>处理 %1 条冲突</source>
        <translation>settle %1 conflicts</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="265"/>
        <source>记下 %1 条待处理冲突</source>
        <translation>keep %1 conflicts for later</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="269"/>
        <source>这些冲突已在“文件 → 待处理冲突”中等待处理，没有新的内容需要导入。</source>
        <translation>These conflicts are already waiting under File → Pending conflicts; there is nothing new to import.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="270"/>
        <source>没有需要导入的变更。</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="273"/>
        <source>%1并%2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/preview.py" line="275"/>
        <source>%1(&amp;I)</source>
        <translation>&amp;%1</translation>
    </message>
</context>
<context>
    <name>InspectionOpening</name>
    <message>
        <location filename="../../fieldapp/ui/inspections/opening.py" line="43"/>
        <source>安全检查</source>
        <translation>Safety inspection</translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="52"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="52"/>
        <source>时间段</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="52"/>
        <source>住户</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="52"/>
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="53"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="53"/>
        <source>检查表</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="53"/>
        <source>检查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="54"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="54"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="54"/>
        <source>进度</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="55"/>
        <source>未消除隐患</source>
        <translation>Open hazards</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="55"/>
        <source>报装编号</source>
        <translation>Request no.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/models.py" line="77"/>
        <source>（复查）</source>
        <translation> (re-inspection)</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../fieldapp/ui/inspections/page.py" line="25"/>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/page.py" line="26"/>
        <source>检查记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/page.py" line="27"/>
        <source>隐患</source>
        <translation>Hazards</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <location filename="../../fieldapp/ui/inspections/item_view.py" line="62"/>
        <source>发现的情况，按回车保存</source>
        <translation>What you found; Enter saves it</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/item_view.py" line="64"/>
        <source>照片(&amp;P)…</source>
        <translation>&amp;Photo…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/item_view.py" line="69"/>
        <source>严重程度(&amp;S)</source>
        <translation>&amp;Severity</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/item_view.py" line="71"/>
        <source>说明(&amp;N)</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/item_view.py" line="78"/>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/item_view.py" line="93"/>
        <source>第 %1/%2 项 · %3 · %4</source>
        <translation>Item %1 of %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/item_view.py" line="98"/>
        <source>提示：%1</source>
        <translation>Hint: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/item_view.py" line="104"/>
        <source>本项不能选“%1”</source>
        <translation>This item cannot be answered “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/item_view.py" line="110"/>
        <source>结果：%1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/item_view.py" line="114"/>
        <source>未检查：按 1 合格、2 不合格、3 不适用</source>
        <translation>Not answered: press 1 pass, 2 fail, 3 not applicable</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/item_view.py" line="121"/>
        <source>已附照片 %1…</source>
        <translation>Photo %1… attached</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/item_view.py" line="122"/>
        <source>无</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="41"/>
        <source>现场服务助手 FieldApp</source>
        <translation>FieldApp field service assistant</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="55"/>
        <source>住户</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="56"/>
        <source>小区</source>
        <translation>Communities</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="57"/>
        <source>充电桩报装</source>
        <translation>Charger requests</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="58"/>
        <source>车库图</source>
        <translation>Garage plans</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="59"/>
        <source>安全检查</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="84"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="97"/>
        <source>操作员：未设置（%1）</source>
        <translation>Operator: not set (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="100"/>
        <source>文件 → 操作员… 填写姓名和工号</source>
        <translation>File → Operator… to enter your name and staff number</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="102"/>
        <source>操作员：%1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="104"/>
        <source>保存的记录和变更记录写上这个操作员</source>
        <translation>Saved records and the change history carry this operator</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="106"/>
        <source>设备：%1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="110"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="111"/>
        <source>新增住户(&amp;N)</source>
        <translation>&amp;New household</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="114"/>
        <source>新建报装(&amp;R)…</source>
        <translation>New charger &amp;request…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="117"/>
        <source>生成演示数据(&amp;D)…</source>
        <translation>Generate &amp;demo data…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="120"/>
        <source>操作员(&amp;O)…</source>
        <translation>&amp;Operator…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="121"/>
        <source>更换操作员的姓名、工号和设备名称</source>
        <translation>Change the operator&apos;s name, staff number and the device name</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="128"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="133"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="134"/>
        <source>界面语言(&amp;L)</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="151"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="152"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="174"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="175"/>
        <source>重新启动程序后使用新的界面语言。</source>
        <translation>The new interface language is used after the application restarts.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="178"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/main_window.py" line="183"/>
        <source>现场服务助手 FieldApp %1

离线登记住户和小区（含一小区一证明），受理充电桩报装并跟踪各环节，用 Excel 交换文件与其他电脑合并数据，导入住户花名册。

数据库：%2
操作员：%3</source>
        <translation>FieldApp field service assistant %1

Keeps households and communities (with batch permits) offline, takes EV home-charger requests and follows them through each stage, merges data with other computers through Excel exchange workbooks, and imports household rosters.

Database: %2
Operator: %3</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="67"/>
        <source>距离测量 — 报装 %1</source>
        <translation>Distance measurement — request %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="87"/>
        <source>表箱(&amp;B)：</source>
        <translation>Meter &amp;box:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="91"/>
        <source>测量方式(&amp;M)：</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="93"/>
        <source>直线读数(&amp;S)：</source>
        <translation>&amp;Straight-line reading:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="95"/>
        <source>再次读数(&amp;A)：</source>
        <translation>Reading &amp;again:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="97"/>
        <source>敷设路径(&amp;L)：</source>
        <translation>Cable route &amp;length:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="99"/>
        <source>垂直高差(&amp;H)：</source>
        <translation>Vertical rise (&amp;H):</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="101"/>
        <source>预留长度(&amp;K)：</source>
        <translation>Slac&amp;k:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="104"/>
        <source>测距仪编号</source>
        <translation>rangefinder number</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="105"/>
        <source>仪器编号(&amp;I)：</source>
        <translation>&amp;Instrument number:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="109"/>
        <source>选择照片(&amp;P)…</source>
        <translation>Choose &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="111"/>
        <source>无（可不附）</source>
        <translation>none (optional)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="114"/>
        <source>读数照片：</source>
        <translation>Photo of the reading:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="118"/>
        <source>测量日期(&amp;D)：</source>
        <translation>&amp;Date measured:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="121"/>
        <source>备注(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="131"/>
        <source>用作本报装的测量(&amp;U)</source>
        <translation>&amp;Use for this request</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="136"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="137"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="189"/>
        <source>%1 · 空余表位 %2</source>
        <translation>%1 · %2 free positions</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="191"/>
        <source> · 图上路径 %1 m</source>
        <translation> · %1 m by the plan</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="197"/>
        <source>没有空余表位，不能选用</source>
        <translation>No free meter position; cannot be chosen</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="203"/>
        <source>本小区还没有表箱：请先在车库图上添加</source>
        <translation>This community has no meter boxes yet: add them on the garage plan first</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="209"/>
        <source>激光测距读数需输入两次，相差不超过 0.1 m</source>
        <translation>Type a rangefinder reading twice; they may differ by at most 0.1 m</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="235"/>
        <source>选择读数照片</source>
        <translation>Choose the photo of the reading</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/dialog.py" line="235"/>
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MeterBoxDialog</name>
    <message>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="94"/>
        <source>表箱</source>
        <translation>Meter box</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="96"/>
        <source>表箱编号在小区内唯一；空余表位是还能接新电表的位置数。</source>
        <translation>A meter box code is unique in its community; free positions are the places left for new meters.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="97"/>
        <source>表箱编号</source>
        <translation>Meter box code</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="98"/>
        <source>空余表位</source>
        <translation>Free positions</translation>
    </message>
</context>
<context>
    <name>NearestPanel</name>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="62"/>
        <source>表箱</source>
        <translation>Meter box</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="62"/>
        <source>路径(米)</source>
        <translation>Route (m)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="62"/>
        <source>直线(米)</source>
        <translation>Straight (m)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="63"/>
        <source>空余表位</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="67"/>
        <source>沿通道计算的敷设路径，由近到远；没有空余表位的表箱不能选用</source>
        <translation>Cable route along the aisles, nearest first; a box without a free position cannot be chosen</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="75"/>
        <source> 米</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="76"/>
        <source>表箱到地面、地面到充电桩的上下高差，计入表后线</source>
        <translation>Up and down from the meter box to the floor and to the charger; counted in the post-meter cable</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="80"/>
        <source>用建议路径</source>
        <translation>Use suggested route</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="81"/>
        <source>放弃画的路径，改用沿通道的建议路径</source>
        <translation>Drop the drawn route and use the route suggested along the aisles</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="86"/>
        <source>测量保存到哪个报装：本车位的报装排在前面</source>
        <translation>The request the measurement is saved for: this space&apos;s requests come first</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="88"/>
        <source>保存为测量</source>
        <translation>Save as measurement</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="89"/>
        <source>把所选表箱的路径保存为这个报装的图上测量 (Ctrl+S)</source>
        <translation>Save the chosen box&apos;s route as this request&apos;s plan measurement (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="101"/>
        <source>垂直高差</source>
        <translation>Vertical rise</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="106"/>
        <source>报装</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="125"/>
        <source>（车位 %1）</source>
        <translation> (space %1)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="129"/>
        <source>在图上点选一个车位，这里列出 %1 米内的表箱</source>
        <translation>Click a parking space on the plan to list the meter boxes within %1 m</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="132"/>
        <source>车位 %1：%2 米内的表箱（按通道路径由近到远）</source>
        <translation>Space %1: meter boxes within %2 m (nearest first by aisle route)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="172"/>
        <source>没有空余表位，不能选用</source>
        <translation>No free position: cannot be chosen</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="196"/>
        <source>%1 米内没有表箱</source>
        <translation>No meter box within %1 m</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="198"/>
        <source>范围内的表箱都没有空余表位</source>
        <translation>No meter box in range has a free position</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="200"/>
        <source>路径沿通道：%1 米</source>
        <translation>Route along the aisles: %1 m</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="203"/>
        <source>没有连通的通道，按直线计：%1 米</source>
        <translation>No connected aisle; straight line: %1 m</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="219"/>
        <source>表后线 = 画的路径 + 高差 + 预留 %1 米 = %2 米</source>
        <translation>Post-meter cable = drawn route + rise + %1 m slack = %2 m</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="220"/>
        <source>表后线 = 路径 + 高差 + 预留 %1 米 = %2 米</source>
        <translation>Post-meter cable = route + rise + %1 m slack = %2 m</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="223"/>
        <source>，超过 %1 米</source>
        <translation>, over %1 m</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="296"/>
        <source>画的路径：表箱 %1，%2 段，%3 米</source>
        <translation>Drawn route: meter box %1, %2 legs, %3 m</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="300"/>
        <source>（建议路径 %1 米）</source>
        <translation> (suggested route %1 m)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="302"/>
        <source>；画线中：点一下车位、双击或回车结束</source>
        <translation>; drawing: click the space, double-click or press Enter to end</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="316"/>
        <source>图纸未标定（比例尺为 0），画的路径不能保存</source>
        <translation>The drawing is not calibrated (scale 0): the drawn route cannot be saved</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/nearest.py" line="339"/>
        <source>已保存：表箱 %1，表后线 %2 米</source>
        <translation>Saved: meter box %1, post-meter cable %2 m</translation>
    </message>
</context>
<context>
    <name>NoticeBatch</name>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="105"/>
        <source>批量打印</source>
        <translation>Print in a batch</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="135"/>
        <source>批量打印失败：%1</source>
        <translation>The batch could not be printed: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/batch.py" line="138"/>
        <source>正在生成通知书…</source>
        <translation>Making the notices…</translation>
    </message>
</context>
<context>
    <name>NoticeButton</name>
    <message>
        <location filename="../../fieldapp/ui/inspections/notice_button.py" line="25"/>
        <source>打印通知书(&amp;T)…</source>
        <translation>Print no&amp;tice…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/notice_button.py" line="38"/>
        <source>选中一次检查</source>
        <translation>Select an inspection</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/notice_button.py" line="40"/>
        <source>检查合格，没有要出具的通知书</source>
        <translation>The inspection passed: there is no notice to print</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/notice_button.py" line="44"/>
        <source>打印安全检查告知书（Alt+T）</source>
        <translation>Print the advance notice of the inspection (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/notice_button.py" line="46"/>
        <source>打印隐患整改通知书（Alt+T）</source>
        <translation>Print the hazard rectification notice (Alt+T)</translation>
    </message>
</context>
<context>
    <name>NoticePreview</name>
    <message>
        <location filename="../../fieldapp/ui/notices/preview.py" line="56"/>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/preview.py" line="57"/>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/preview.py" line="73"/>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/preview.py" line="75"/>
        <source>另存为(&amp;S)…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/preview.py" line="77"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/preview.py" line="94"/>
        <source>补打 %1（第 %2 次补打）</source>
        <translation>Reprint of %1 (reprint no. %2)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/preview.py" line="96"/>
        <source>已出具 %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/preview.py" line="98"/>
        <source>——注意：与出具时的文件不完全相同（程序或字体版本不同）</source>
        <translation> — note: not byte-identical to the issued file (a different program or font version)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/preview.py" line="111"/>
        <source>第 %1 / %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/preview.py" line="133"/>
        <source>无法开始打印</source>
        <translation>Cannot start printing</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/preview.py" line="155"/>
        <source>保存通知</source>
        <translation>Save notice</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/preview.py" line="156"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/preview.py" line="181"/>
        <source>补打%1 — %2</source>
        <translation>Reprint: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/notices/preview.py" line="182"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../fieldapp/ui/window/operator_dialog.py" line="32"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/operator_dialog.py" line="33"/>
        <source>欢迎使用现场服务助手。请填写您的姓名和工号，之后保存的每条记录和变更记录都会写上它们。</source>
        <translation>Welcome to FieldApp. Please enter your name and staff number: every record you save and the change history will carry them.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/operator_dialog.py" line="35"/>
        <source>之后保存的记录和变更记录会写上这里的姓名和工号。</source>
        <translation>Records saved from now on and the change history carry the name and staff number entered here.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/operator_dialog.py" line="40"/>
        <source>字母和数字，例如 10023</source>
        <translation>Letters and digits, e.g. 10023</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/operator_dialog.py" line="42"/>
        <source>可不填，例如 城东所-笔记本3</source>
        <translation>Optional, e.g. East Station laptop 3</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/operator_dialog.py" line="45"/>
        <source>设备编号 %1（交换文件以它区分设备，不会改变）</source>
        <translation>Device code %1 (identifies this laptop in exchange files; never changes)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/operator_dialog.py" line="51"/>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/operator_dialog.py" line="52"/>
        <source>工号(&amp;S)：</source>
        <translation>&amp;Staff number:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/operator_dialog.py" line="53"/>
        <source>设备名称(&amp;D)：</source>
        <translation>&amp;Device name:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/operator_dialog.py" line="66"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/operator_dialog.py" line="69"/>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/window/operator_dialog.py" line="69"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ParkingSpaceDialog</name>
    <message>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="115"/>
        <source>车位</source>
        <translation>Parking space</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="117"/>
        <source>车位编号</source>
        <translation>Space code</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="118"/>
        <source>产权</source>
        <translation>Ownership</translation>
    </message>
</context>
<context>
    <name>PendingConflictsDialog</name>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="31"/>
        <source>待处理冲突</source>
        <translation>Pending conflicts</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="35"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="35"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="35"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="36"/>
        <source>本机版本</source>
        <translation>Version here</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="36"/>
        <source>文件版本</source>
        <translation>Version in file</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="36"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="37"/>
        <source>发现时间</source>
        <translation>Found at</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="41"/>
        <source>保留本机(&amp;M)</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="42"/>
        <source>采用文件(&amp;T)</source>
        <translation>&amp;Take the file’s</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="43"/>
        <source>选中的记录保留本机的内容，下次导出时对方会收到</source>
        <translation>Keep this computer’s content for the selected records; the other side receives it with the next export</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="44"/>
        <source>选中的记录改为文件中的内容</source>
        <translation>Replace the selected records with the file’s content</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="50"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="78"/>
        <source>已删除</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="81"/>
        <source>%1（删除）</source>
        <translation>%1 (delete)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="87"/>
        <source>导入时暂缓决定的 %1 条冲突。选中一条查看差异，再决定保留本机的内容还是采用文件中的内容（可多选）。</source>
        <translation>%1 conflicts left for later at import. Select one to see the differences, then keep this computer’s content or take the file’s (several rows can be selected).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="93"/>
        <source>没有待处理的冲突。</source>
        <translation>No pending conflicts.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="103"/>
        <source>第 %1 行</source>
        <translation>row %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/exchange/conflicts.py" line="127"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <location filename="../../fieldapp/ui/garages/commands.py" line="145"/>
        <source>删除 %1 项</source>
        <translation>Delete %1 items</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/commands.py" line="169"/>
        <source>移动 %1 项</source>
        <translation>Move %1 items</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/commands.py" line="241"/>
        <source>标定比例尺</source>
        <translation>Calibrate the scale</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_dialog.py" line="44"/>
        <source>新建检查计划</source>
        <translation>New inspection plan</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_dialog.py" line="46"/>
        <source>输入姓名、户号、手机号或地址</source>
        <translation>Type a name, account number, mobile or address</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_dialog.py" line="49"/>
        <source>充电桩检查填写报装编号</source>
        <translation>For a charger inspection, the request number</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_dialog.py" line="53"/>
        <source>%1（第 %2 版）</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_dialog.py" line="71"/>
        <source>住户(&amp;H)</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_dialog.py" line="72"/>
        <source>报装编号(&amp;R)</source>
        <translation>&amp;Request no.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_dialog.py" line="73"/>
        <source>检查表(&amp;T)</source>
        <translation>Check&amp;list</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_dialog.py" line="74"/>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_dialog.py" line="75"/>
        <source>时间段(&amp;W)</source>
        <translation>Time &amp;window</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_dialog.py" line="76"/>
        <source>检查人(&amp;I)</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_dialog.py" line="77"/>
        <source>联系电话(&amp;P)</source>
        <translation>Contact &amp;phone</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_dialog.py" line="88"/>
        <source>保存计划</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_dialog.py" line="128"/>
        <source>没有编号为 %1 的报装</source>
        <translation>There is no request numbered %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_dialog.py" line="134"/>
        <source>充电桩安装检查须填写报装编号</source>
        <translation>A charger installation inspection needs a request number</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_dialog.py" line="137"/>
        <source>请从列表中选择住户</source>
        <translation>Choose the household from the list</translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message>
        <location filename="../../fieldapp/ui/garages/edits.py" line="46"/>
        <source>新增表箱</source>
        <translation>Add meter box</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/edits.py" line="55"/>
        <source>新增车位</source>
        <translation>Add parking space</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/edits.py" line="64"/>
        <source>新增一排车位</source>
        <translation>Add a row of spaces</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/edits.py" line="70"/>
        <source>修改表箱</source>
        <translation>Edit meter box</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/edits.py" line="71"/>
        <source>修改车位</source>
        <translation>Edit parking space</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/edits.py" line="89"/>
        <source>删除通道</source>
        <translation>Delete aisles</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/edits.py" line="90"/>
        <source>画通道</source>
        <translation>Draw aisle</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/edits.py" line="94"/>
        <source>导入图纸</source>
        <translation>Import drawing</translation>
    </message>
</context>
<context>
    <name>PlanItems</name>
    <message>
        <location filename="../../fieldapp/ui/garages/items.py" line="84"/>
        <source>车位 %1</source>
        <translation>Parking space %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/items.py" line="113"/>
        <source>表箱 %1：空余表位 %2</source>
        <translation>Meter box %1: %2 free positions</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_tab.py" line="33"/>
        <source>◀ 前一天</source>
        <translation>◀ Previous day</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_tab.py" line="34"/>
        <source>今天(&amp;Y)</source>
        <translation>Toda&amp;y</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_tab.py" line="35"/>
        <source>后一天 ▶</source>
        <translation>Next day ▶</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_tab.py" line="42"/>
        <source>新建检查计划(&amp;N)…</source>
        <translation>&amp;New inspection plan…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_tab.py" line="44"/>
        <location filename="../../fieldapp/ui/inspections/plan_tab.py" line="113"/>
        <source>开始检查(&amp;S)</source>
        <translation>&amp;Start inspection</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_tab.py" line="45"/>
        <source>填写选中的检查（Enter）</source>
        <translation>Fill in the selected inspection (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_tab.py" line="97"/>
        <source>当天 %1 项检查</source>
        <translation>Inspections this day: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_tab.py" line="112"/>
        <source>继续检查(&amp;S)</source>
        <translation>Continue (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/plan_tab.py" line="115"/>
        <source>查看结果(&amp;S)</source>
        <translation>&amp;See the result</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../fieldapp/ui/shared/record_list.py" line="75"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/shared/record_list.py" line="76"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/shared/record_list.py" line="77"/>
        <source>变更记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/shared/record_list.py" line="151"/>
        <source>全部小区</source>
        <translation>All communities</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../fieldapp/ui/inspections/records_tab.py" line="49"/>
        <source>搜索住户、户号、地址、报装编号、检查人…  (Ctrl+F)</source>
        <translation>Search household, account no., address, request no., inspector…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/records_tab.py" line="52"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/records_tab.py" line="56"/>
        <source>全部结果</source>
        <translation>All results</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/records_tab.py" line="64"/>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/records_tab.py" line="65"/>
        <source>填写未完成的检查，查看已完成的结果（Enter）</source>
        <translation>Fill in an unfinished inspection, see a finished one&apos;s result (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/records_tab.py" line="118"/>
        <source>共 %1 次检查</source>
        <translation>Inspections: %1</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../fieldapp/ui/requests/dialog.py" line="90"/>
        <source>单相</source>
        <translation>single-phase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/dialog.py" line="91"/>
        <source>三相</source>
        <translation>three-phase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/dialog.py" line="116"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/dialog.py" line="116"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/dialog.py" line="119"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/dialog.py" line="127"/>
        <source>新建充电桩报装</source>
        <translation>New charger request</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/dialog.py" line="129"/>
        <source>报装%1，只能查看。</source>
        <translation>The request is %1 and can only be viewed.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/dialog.py" line="163"/>
        <source>未选择住户</source>
        <translation>No household chosen</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/dialog.py" line="168"/>
        <source>%1 · 户号 %2</source>
        <translation>%1 · account %2</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/dialog.py" line="178"/>
        <source>报装编号 %1 · %2 · 受理于 %3</source>
        <translation>Request %1 · %2 · accepted %3</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/dialog.py" line="182"/>
        <source>充电桩报装 %1</source>
        <translation>Charger request %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/dialog.py" line="253"/>
        <source>请选择住户：输入姓名、户号或手机号，从列表中选一户</source>
        <translation>Choose the household: type a name, account number or mobile and pick one from the list</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/dialog.py" line="273"/>
        <source>已受理，请把报装编号告知住户。</source>
        <translation>Accepted. Please give the household the request number.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/dialog.py" line="278"/>
        <source>容缺材料：%1，请在 %2 天内（%3 前）补齐，补齐后才能装表接电。</source>
        <translation>Deferred documents: %1. They are due within %2 days (by %3); the meter is connected only once they are in.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/dialog.py" line="282"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/dialog.py" line="295"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="6"/>
        <source>充电桩报装</source>
        <translation>Charger request</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="10"/>
        <source>新报装：保存后生成报装编号</source>
        <translation>New request: the number is assigned on saving</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="29"/>
        <source>住户(&amp;H)</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="31"/>
        <source>输入姓名、户号、手机号或地址查找</source>
        <translation>Type a name, account number, mobile or address</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="35"/>
        <source>车位(&amp;P)</source>
        <translation>&amp;Parking space</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="37"/>
        <source>车位编号，如 B2-017</source>
        <translation>Space number, e.g. B2-017</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="40"/>
        <source>充电桩功率(&amp;W)</source>
        <translation>Charger po&amp;wer</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="44"/>
        <source>相数(&amp;X)</source>
        <translation>Phase (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="51"/>
        <source>车辆(&amp;V)</source>
        <translation>&amp;Vehicle</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="53"/>
        <source>品牌型号，如 比亚迪 秦PLUS</source>
        <translation>Make and model, e.g. BYD Qin PLUS</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="56"/>
        <source>受理渠道(&amp;C)</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="61"/>
        <source>备注(&amp;R)</source>
        <translation>Notes (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="74"/>
        <source>材料清单</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="85"/>
        <source>* 受理必需：身份证明，以及允许施工证明或有效的小区批量证明。容缺材料可先受理，须在装表接电前补齐。</source>
        <translation>* Needed to accept: ID proof, and the permission-to-construct certificate or a valid community batch certificate. Deferred documents may follow but must be in before the meter is connected.</translation>
    </message>
</context>
<context>
    <name>RequestHistory</name>
    <message>
        <location filename="../../fieldapp/ui/requests/history.py" line="30"/>
        <source>%1时间</source>
        <translation>%1 at</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/history.py" line="31"/>
        <source>%1经办人</source>
        <translation>%1 by</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/history.py" line="32"/>
        <source>暂停前状态</source>
        <translation>status before the hold</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/history.py" line="33"/>
        <source>接电时间</source>
        <translation>connection time</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/history.py" line="35"/>
        <source>勘查人员</source>
        <translation>surveyor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/history.py" line="36"/>
        <source>勘查日期</source>
        <translation>survey date</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/history.py" line="37"/>
        <source>勘查说明</source>
        <translation>survey note</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/history.py" line="38"/>
        <source>方案答复日期</source>
        <translation>plan reply date</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/history.py" line="39"/>
        <source>答复方式</source>
        <translation>way of reply</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/history.py" line="40"/>
        <source>电表号</source>
        <translation>meter number</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/history.py" line="59"/>
        <source>三相</source>
        <translation>three-phase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/history.py" line="60"/>
        <source>单相</source>
        <translation>single-phase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/history.py" line="86"/>
        <source>材料“%1”</source>
        <translation>document “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/history.py" line="89"/>
        <source>“%1”补齐时间</source>
        <translation>“%1” supplied at</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/history.py" line="91"/>
        <source>“%1”补齐经办人</source>
        <translation>“%1” supplied by</translation>
    </message>
</context>
<context>
    <name>RequestSummary</name>
    <message>
        <location filename="../../fieldapp/ui/requests/summary.py" line="50"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/summary.py" line="51"/>
        <source>本月接电</source>
        <translation>Connected this month</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/summary.py" line="52"/>
        <source>累计接电</source>
        <translation>Connected overall</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/summary.py" line="69"/>
        <source>尚无接电</source>
        <translation>none connected yet</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/summary.py" line="71"/>
        <source>平均 %1 天</source>
        <translation>average %1 days</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/summary.py" line="72"/>
        <source>中位 %1 天 · %2 户</source>
        <translation>median %1 days · %2 households</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="63"/>
        <source>报装编号</source>
        <translation>Request no.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="63"/>
        <source>住户</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="63"/>
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="63"/>
        <source>小区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="64"/>
        <source>车位</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="64"/>
        <source>功率</source>
        <translation>Power</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="64"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="64"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="65"/>
        <source>受理时间</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="65"/>
        <source>本阶段(天)</source>
        <translation>Stage days</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="65"/>
        <source>接电用时(天)</source>
        <translation>Conn. days</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="66"/>
        <source>容缺材料</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="66"/>
        <source>表后线(m)</source>
        <translation>Cable (m)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="151"/>
        <source> 三相</source>
        <translation> 3-ph</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="157"/>
        <source>%1·超期</source>
        <translation>%1 · overdue</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="191"/>
        <source>三相</source>
        <translation>three-phase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="191"/>
        <source>单相</source>
        <translation>single-phase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="193"/>
        <source>表后线超过 %1 m：需记录原因或改测其他表箱</source>
        <translation>Post-meter cable over %1 m: record a reason or measure another meter box</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="181"/>
        <source>原因：%1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="184"/>
        <source>在“%1”阶段已 %2 天，超过时限 %3 天</source>
        <translation>%2 days in “%1”, more than the %3 days allowed</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/model.py" line="189"/>
        <source>装表接电前须补齐：%1</source>
        <translation>Due before the meter is connected: %1</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="70"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="71"/>
        <source>办理中</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="77"/>
        <source>全部渠道</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="80"/>
        <source>仅超期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="81"/>
        <source>有容缺材料</source>
        <translation>With deferred documents</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="87"/>
        <source>搜索报装编号、住户姓名、户号、车位…  (Ctrl+F)</source>
        <translation>Search request no., name, account no., parking space…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="88"/>
        <source>新建报装</source>
        <translation>New request</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="121"/>
        <source>勘查完成(&amp;S)…</source>
        <translation>&amp;Surveyed…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="122"/>
        <source>答复方案(&amp;R)…</source>
        <translation>Plan &amp;replied…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="123"/>
        <source>装表接电(&amp;C)…</source>
        <translation>&amp;Connected…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="124"/>
        <source>归档(&amp;A)…</source>
        <translation>&amp;Archive…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="125"/>
        <source>恢复办理(&amp;U)…</source>
        <translation>Res&amp;ume…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="153"/>
        <source>打印回执(&amp;T)…</source>
        <translation>Print receip&amp;t…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="156"/>
        <source>批量打印(&amp;B)…</source>
        <translation>Print &amp;batch…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="158"/>
        <source>今天的受理回执或选中报装的回执合成一个 PDF 打印（Alt+B；Ctrl/Shift+单击多选）</source>
        <translation>Today&apos;s receipts, or the selected requests&apos; receipts, printed as one PDF (Alt+B; Ctrl/Shift+click selects several)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="161"/>
        <source>安全检查(&amp;I)…</source>
        <translation>&amp;Inspection…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="162"/>
        <source>安排或打开该报装的充电桩安装安全检查（Alt+I）</source>
        <translation>Plan or open this request&apos;s charger installation inspection (Alt+I)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="166"/>
        <source>打印方案答复单(&amp;Y)…</source>
        <translation>Print supply-plan repl&amp;y…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="283"/>
        <source>恢复办理（%1）(&amp;U)…</source>
        <translation>Res&amp;ume (%1)…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="311"/>
        <source>出具勘查及供电方案答复单并预览，已出具的补打同一份（Alt+Y）</source>
        <translation>Issue the survey and supply-plan reply and preview it; once issued, the same one is reprinted (Alt+Y)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="398"/>
        <source>受理回执 — %1</source>
        <translation>Receipt — %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="406"/>
        <source>补打受理回执 — %1</source>
        <translation>Receipt reprint — %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="126"/>
        <source>暂停(&amp;P)…</source>
        <translation>&amp;Put on hold…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="127"/>
        <source>取消报装(&amp;X)…</source>
        <translation>Cancel request (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="150"/>
        <source>补齐材料(&amp;M)…</source>
        <translation>Document supplied (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="247"/>
        <source>共 %1 件</source>
        <translation>%1 requests</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="293"/>
        <source>状态改为“%1”</source>
        <translation>Change the status to “%1”</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="294"/>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="299"/>
        <source>容缺材料：%1</source>
        <translation>Deferred documents: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="300"/>
        <source>没有待补齐的容缺材料</source>
        <translation>No deferred documents outstanding</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="301"/>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="301"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="306"/>
        <source>出具受理回执并预览，已出具的补打同一份（Alt+T）</source>
        <translation>Issue the acceptance receipt and preview it; once issued, the same receipt is reprinted (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="346"/>
        <location filename="../../fieldapp/ui/requests/page.py" line="448"/>
        <source>报装 %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="380"/>
        <source>补齐材料 — %1</source>
        <translation>Document supplied — %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/page.py" line="382"/>
        <source>已补齐的容缺材料：</source>
        <translation>Deferred document now supplied:</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../fieldapp/ui/inspections/opening.py" line="20"/>
        <source>检查结果 — %1</source>
        <translation>Inspection result — %1</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../fieldapp/ui/inspections/result_view.py" line="36"/>
        <source>客户签名</source>
        <translation>Customer&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/result_view.py" line="37"/>
        <source>检查人签名</source>
        <translation>Inspector&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/result_view.py" line="49"/>
        <source>检查结果：%1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/result_view.py" line="54"/>
        <source>未消除的隐患（%1 项）</source>
        <translation>Open hazards (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/result_view.py" line="57"/>
        <source>%1 %2（%3），整改期限 %4</source>
        <translation>%1 %2 (%3), deadline %4</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/result_view.py" line="60"/>
        <source>未定</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/result_view.py" line="62"/>
        <source>没有未消除的隐患。</source>
        <translation>No open hazard.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/result_view.py" line="64"/>
        <source>本次复查消除的隐患（%1 项）</source>
        <translation>Hazards this re-inspection closed (%1)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/inspections/result_view.py" line="73"/>
        <source>（未签名）</source>
        <translation>(not signed)</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <location filename="../../fieldapp/ui/roster/import_flow.py" line="27"/>
        <source>导入住户花名册</source>
        <translation>Import household roster</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/import_flow.py" line="36"/>
        <source>无法读取花名册：%1</source>
        <translation>The roster could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/import_flow.py" line="39"/>
        <source>正在读取花名册…</source>
        <translation>Reading the roster…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/import_flow.py" line="76"/>
        <source>无法检查花名册：%1</source>
        <translation>The roster could not be checked: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/import_flow.py" line="79"/>
        <source>正在逐行检查花名册…</source>
        <translation>Checking the roster row by row…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/import_flow.py" line="85"/>
        <source>已导入 %1 行：新增住户 %2 户，更新 %3 户。</source>
        <translation>Imported %1 rows: %2 new households, %3 updated.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/import_flow.py" line="89"/>
        <source>新建小区 %1 个：%2</source>
        <translation>New communities (%1): %2</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/import_flow.py" line="93"/>
        <source>与本机相同的 %1 户没有改动。</source>
        <translation>%1 households already matched this computer and were left as they were.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/import_flow.py" line="96"/>
        <source>有问题的 %1 行没有导入。</source>
        <translation>The %1 rows with problems were not imported.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/import_flow.py" line="98"/>
        <source>导入前的数据库已备份在数据库所在的文件夹：
%1</source>
        <translation>The database was backed up before the import, in its folder:
%1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/import_flow.py" line="121"/>
        <source>导入失败，数据没有改动：%1</source>
        <translation>The import failed; no data was changed: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/import_flow.py" line="124"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>RosterMappingDialog</name>
    <message>
        <location filename="../../fieldapp/ui/roster/mapping.py" line="128"/>
        <source>导入住户花名册 — 指定列</source>
        <translation>Import household roster — columns</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/mapping.py" line="133"/>
        <source>工作表(&amp;S)：</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/mapping.py" line="142"/>
        <source>花名册中的列（带 * 的必须指定）</source>
        <translation>Columns of the roster (those marked * are required)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/mapping.py" line="156"/>
        <source>%1：</source>
        <comment>a field&apos;s label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/mapping.py" line="182"/>
        <source>下一步：检查数据(&amp;N)</source>
        <translation>&amp;Next: check the data</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/mapping.py" line="185"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/mapping.py" line="220"/>
        <source>正在读取工作表…</source>
        <translation>Reading the sheet…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/mapping.py" line="245"/>
        <source>文件：%1
请为每一项选择花名册中对应的列；不需要的项选“（不导入）”。确认导入后会记住这些选择，下次导入表头相同的花名册时自动套用。</source>
        <translation>File: %1
Choose the roster’s column for each field; choose “(not imported)” for fields you do not need. The choices are remembered once imported and used again for a roster with the same headers.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/mapping.py" line="252"/>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/mapping.py" line="258"/>
        <source>例如：%1</source>
        <translation>For example: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/mapping.py" line="287"/>
        <source>不导入的列：%1</source>
        <translation>Columns not imported: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/mapping.py" line="304"/>
        <source>工作表中没有数据行。</source>
        <translation>The sheet has no data rows.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/mapping.py" line="306"/>
        <source>前 %1 行按这样的对应导入后（每列标题下是花名册中的列名）：</source>
        <translation>The first %1 rows as they would be imported (under each title, the roster’s column):</translation>
    </message>
</context>
<context>
    <name>RosterPreviewDialog</name>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="39"/>
        <source>导入住户花名册 — 预览</source>
        <translation>Import household roster — preview</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="40"/>
        <source>文件 %1，工作表“%2”：%3 行数据已逐行检查，还没有写入任何数据。</source>
        <translation>File %1, sheet “%2”: %3 data rows were checked one by one; nothing has been written yet.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="50"/>
        <source>%1 行</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="51"/>
        <source>新增住户：</source>
        <translation>New households:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="52"/>
        <source>更新住户：</source>
        <translation>Updated households:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="53"/>
        <source>无变化：</source>
        <translation>Unchanged:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="54"/>
        <source>%1 行（与本机相同，不会写入）</source>
        <translation>%1 rows (the same as on this computer, not written)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="55"/>
        <source>有问题：</source>
        <translation>With problems:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="56"/>
        <source>%1 行（不会导入）</source>
        <translation>%1 rows (will not be imported)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="57"/>
        <source>新建小区：</source>
        <translation>New communities:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="57"/>
        <source>%1 个</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="68"/>
        <source>%1 个：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="69"/>
        <source>%1 个：%2 等</source>
        <translation>%1: %2 and more</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="85"/>
        <source>所有行都通过了检查。</source>
        <translation>Every row passed the checks.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="92"/>
        <source>上一步(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="95"/>
        <source>回到列的对应，重新指定</source>
        <translation>Go back and choose the columns again</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="98"/>
        <source>导入 %1 行(&amp;I)</source>
        <translation>&amp;Import %1 rows</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="102"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="108"/>
        <source>没有需要导入的变更。</source>
        <translation>There are no changes to import.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="110"/>
        <source>只导入通过检查的 %1 行；有问题的 %2 行不会导入。</source>
        <translation>Only the %1 rows that passed the checks are imported; the %2 rows with problems are not.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="124"/>
        <source>下面 %1 行有问题，不会导入。请在原表格中修正后重新导入，或在本机补录。</source>
        <translation>These %1 rows have problems and will not be imported. Correct them in the original sheet and import again, or enter them on this computer.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="128"/>
        <source>复制全部(&amp;C)</source>
        <translation>&amp;Copy all</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="131"/>
        <source>复制为表格文本，可粘贴到 Excel/WPS；Ctrl+C 只复制选中的行</source>
        <translation>Copies as table text that pastes into Excel/WPS; Ctrl+C copies the selected rows only</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="140"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/roster/preview.py" line="140"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RouteTool</name>
    <message>
        <location filename="../../fieldapp/ui/garages/route_tool.py" line="60"/>
        <source>图纸未标定（比例尺为 0），不能画路径：先用“标定”量一段已知距离</source>
        <translation>The drawing is not calibrated (scale 0), so no route can be drawn: first use Calibrate on a known distance</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/route_tool.py" line="80"/>
        <source>先选一个车位和右侧列表中的表箱，或先点一下表箱</source>
        <translation>First select a space and a meter box in the list on the right, or click a meter box first</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/route_tool.py" line="107"/>
        <source>点一下车位结束路径</source>
        <translation>Click a parking space to end the route</translation>
    </message>
</context>
<context>
    <name>SpaceRowDialog</name>
    <message>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="137"/>
        <source>一排车位</source>
        <translation>Row of spaces</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="140"/>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="161"/>
        <source>第一个车位编号</source>
        <translation>First space code</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="142"/>
        <source>例如 B1-001，后面的依次加一</source>
        <translation>e.g. B1-001; the next ones count up</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="143"/>
        <source>车位数</source>
        <translation>Number of spaces</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/garages/dialogs.py" line="155"/>
        <source>沿拖出的线（%1 米）均匀排列，间距 %2 米。</source>
        <translation>Spread evenly along the dragged line (%1 m), %2 m apart.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="61"/>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="88"/>
        <source>恢复办理</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="62"/>
        <source>%1 — 报装 %2</source>
        <translation>%1 — request %2</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="76"/>
        <source>不取消</source>
        <translation>Keep the request</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="76"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="86"/>
        <source>勘查完成</source>
        <translation>Survey done</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="86"/>
        <source>答复方案</source>
        <translation>Plan replied</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="87"/>
        <source>装表接电</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="87"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="88"/>
        <source>暂停</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="89"/>
        <source>取消报装</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="92"/>
        <source>报装 %1：%2 → %3</source>
        <translation>Request %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="95"/>
        <source>此后报装不能再修改。</source>
        <translation>After this the request cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="122"/>
        <source>勘查人员：</source>
        <translation>Surveyor:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="125"/>
        <source>勘查日期：</source>
        <translation>Survey date:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="127"/>
        <source>如表箱位置、线路走向（可不填）</source>
        <translation>e.g. where the meter box is, the cable route (optional)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="128"/>
        <source>勘查说明：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="133"/>
        <source>答复日期：</source>
        <translation>Reply date:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="136"/>
        <source>请选择</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="140"/>
        <source>答复方式：</source>
        <translation>Way of reply:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="143"/>
        <source>新装电表的表号，只含数字</source>
        <translation>number of the new meter, digits only</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="144"/>
        <source>电表号：</source>
        <translation>Meter number:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="150"/>
        <source>接电时间：</source>
        <translation>Connected at:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="154"/>
        <source>暂停原因：</source>
        <translation>Reason for the hold:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="154"/>
        <source>取消原因：</source>
        <translation>Reason for cancelling:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="165"/>
        <source>记录测量(&amp;M)…</source>
        <translation>Record &amp;measurement…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="169"/>
        <source>距离测量：</source>
        <translation>Distance:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="178"/>
        <source>尚未测量（可稍后在报装表单中记录）</source>
        <translation>Not measured yet (can be recorded later in the request form)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/stage_dialog.py" line="180"/>
        <source>表箱 %1 · %2</source>
        <translation>Meter box %1 · %2</translation>
    </message>
</context>
<context>
    <name>SurveyFigures</name>
    <message>
        <location filename="../../fieldapp/ui/measurements/figures.py" line="15"/>
        <source>表后线 %1 m，超过 %2 m</source>
        <translation>Post-meter cable %1 m, over %2 m</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/figures.py" line="17"/>
        <source>表后线 %1 m（不超过 %2 m）</source>
        <translation>Post-meter cable %1 m (within %2 m)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/figures.py" line="33"/>
        <source>电流 %1 A</source>
        <translation>Current %1 A</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/measurements/figures.py" line="37"/>
        <source>%1 · 截面 %2 · 压降 %3% · 估算费用 ¥%4</source>
        <translation>%1 · section %2 · drop %3% · estimate ¥%4</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <location filename="../../fieldapp/ui/requests/survey_panel.py" line="41"/>
        <source>勘查测量</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/survey_panel.py" line="56"/>
        <source>本报装使用哪一次测量</source>
        <translation>Which measurement this request uses</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/survey_panel.py" line="64"/>
        <source>记录测量(&amp;M)…</source>
        <translation>Record &amp;measurement…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/survey_panel.py" line="65"/>
        <source>记录表箱到车位的距离测量（Alt+M）</source>
        <translation>Record the distance from a meter box to the parking space (Alt+M)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/survey_panel.py" line="74"/>
        <source>超长原因(&amp;O)：</source>
        <translation>Reason for the &amp;over-limit length:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/survey_panel.py" line="90"/>
        <source>超过 %1 m 的原因（如：唯一有空余表位的表箱）</source>
        <translation>why over %1 m (e.g. the only box with a free position)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/survey_panel.py" line="99"/>
        <source>%1 · %2 · %3 m · %4</source>
        <translation>%1 · %2 · %3 m · %4</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/survey_panel.py" line="106"/>
        <source>尚未测量：记录表箱到车位的距离后，这里显示表后线长度、电缆截面、压降和费用估算。</source>
        <translation>Not measured yet: once the distance from a meter box to the space is recorded, the post-meter length, cable section, voltage drop and cost estimate show here.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/requests/survey_panel.py" line="113"/>
        <source>表箱 %1 · %2 · %3</source>
        <translation>Meter box %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../fieldapp/ui/shared/tasks.py" line="79"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../fieldapp/app.py" line="127"/>
        <source>现场服务助手</source>
        <translation>FieldApp field service assistant</translation>
    </message>
    <message>
        <location filename="../../fieldapp/app.py" line="140"/>
        <source>数据库文件已损坏，无法读取（%1）。请用 fieldapp-cli check 检查。</source>
        <translation>The database file is damaged and cannot be read (%1). Check it with fieldapp-cli check.</translation>
    </message>
</context>
</TS>
