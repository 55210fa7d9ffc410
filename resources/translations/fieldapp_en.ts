<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommunitiesPage</name>
    <message>
        <location filename="../../fieldapp/ui/communities_page.py" line="86"/>
        <source>搜索小区名称、街道、区县、台区…</source>
        <translation>Search community name, street, district, transformer area…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities_page.py" line="86"/>
        <source>新增小区</source>
        <translation>Add community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities_page.py" line="94"/>
        <source>共 %1 个小区</source>
        <translation>%1 communities</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities_page.py" line="117"/>
        <location filename="../../fieldapp/ui/communities_page.py" line="123"/>
        <source>删除小区</source>
        <translation>Delete community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities_page.py" line="118"/>
        <source>确定删除小区“%1”吗？</source>
        <translation>Delete the community “%1”?</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <location filename="../../fieldapp/ui/community_dialog.py" line="31"/>
        <source>编辑小区</source>
        <translation>Edit community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/community_dialog.py" line="31"/>
        <source>新增小区</source>
        <translation>Add community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/community_dialog.py" line="37"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/community_dialog.py" line="39"/>
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
        <source>证明有效期至(&amp;V)</source>
        <translation>Certificate &amp;valid until</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="33"/>
        <source>如 2027-06-30</source>
        <translation>e.g. 2027-06-30</translation>
    </message>
    <message>
        <location filename="../../forms/community_dialog.ui" line="35"/>
        <source>备注(&amp;R)</source>
        <translation>&amp;Remarks</translation>
    </message>
</context>
<context>
    <name>CommunityTableModel</name>
    <message>
        <location filename="../../fieldapp/ui/communities_page.py" line="29"/>
        <source>小区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities_page.py" line="29"/>
        <source>区县</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities_page.py" line="29"/>
        <source>街道/路</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities_page.py" line="29"/>
        <source>台区</source>
        <translation>Transformer area</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities_page.py" line="30"/>
        <source>物业公司</source>
        <translation>Property company</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities_page.py" line="30"/>
        <source>批量施工证明</source>
        <translation>Batch certificate</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities_page.py" line="30"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities_page.py" line="31"/>
        <source>住户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/communities_page.py" line="74"/>
        <source>%1（已过期）</source>
        <translation>%1 (expired)</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../fieldapp/ui/demo_offer.py" line="33"/>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/demo_offer.py" line="35"/>
        <source>正在生成演示数据…</source>
        <translation>Generating demo data…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/demo_offer.py" line="41"/>
        <source>欢迎使用现场服务助手</source>
        <translation>Welcome to FieldApp</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/demo_offer.py" line="42"/>
        <source>数据库还是空的。要生成一批演示数据（%1 户住户及其小区）来熟悉程序吗？
以后也可以在“文件 → 生成演示数据”中生成。</source>
        <translation>The database is still empty. Generate demo data (%1 households and their communities) to get to know the application?
You can also do this later from File → Generate demo data.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/demo_offer.py" line="54"/>
        <source>生成演示数据</source>
        <translation>Generate demo data</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/demo_offer.py" line="55"/>
        <source>住户数量：</source>
        <translation>Number of households:</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../fieldapp/ui/history_dialog.py" line="35"/>
        <source>变更记录 — %1</source>
        <translation>History — %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/history_dialog.py" line="37"/>
        <source>新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/history_dialog.py" line="37"/>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/history_dialog.py" line="37"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/history_dialog.py" line="40"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/history_dialog.py" line="40"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/history_dialog.py" line="40"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/history_dialog.py" line="41"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/history_dialog.py" line="41"/>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/history_dialog.py" line="41"/>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/history_dialog.py" line="59"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../fieldapp/ui/household_dialog.py" line="27"/>
        <source>编辑住户</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/household_dialog.py" line="27"/>
        <source>新增住户</source>
        <translation>Add household</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/household_dialog.py" line="52"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/household_dialog.py" line="54"/>
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
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../fieldapp/ui/household_model.py" line="38"/>
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/household_model.py" line="38"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/household_model.py" line="38"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/household_model.py" line="38"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/household_model.py" line="39"/>
        <source>小区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/household_model.py" line="39"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/household_model.py" line="39"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/household_model.py" line="39"/>
        <source>更新时间</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <location filename="../../fieldapp/ui/households_page.py" line="39"/>
        <source>搜索姓名、地址、户号、手机号、小区…  (Ctrl+F)</source>
        <translation>Search name, address, account no., mobile, community…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households_page.py" line="32"/>
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households_page.py" line="40"/>
        <source>新增住户</source>
        <translation>Add household</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households_page.py" line="58"/>
        <source>全部小区</source>
        <translation>All communities</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households_page.py" line="78"/>
        <source>匹配超过 %1 户，只显示前 %1 户，请输入更多内容缩小范围</source>
        <translation>More than %1 households match; showing the first %1. Type more to narrow the search.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households_page.py" line="81"/>
        <source>找到 %1 户</source>
        <translation>%1 households found</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households_page.py" line="82"/>
        <source>共 %1 户</source>
        <translation>%1 households</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households_page.py" line="128"/>
        <location filename="../../fieldapp/ui/households_page.py" line="134"/>
        <source>删除住户</source>
        <translation>Delete household</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/households_page.py" line="127"/>
        <source>确定删除住户 %1（户号 %2）吗？删除会记入变更记录，并随数据交换同步。</source>
        <translation>Delete household %1 (account %2)? The deletion is kept in the history and travels with data exchange.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldapp/ui/main_window.py" line="30"/>
        <source>现场服务助手 FieldApp</source>
        <translation>FieldApp field service assistant</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/main_window.py" line="39"/>
        <source>住户</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/main_window.py" line="40"/>
        <source>小区</source>
        <translation>Communities</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/main_window.py" line="52"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/main_window.py" line="60"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/main_window.py" line="61"/>
        <source>新增住户(&amp;N)</source>
        <translation>&amp;New household</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/main_window.py" line="64"/>
        <source>生成演示数据(&amp;D)…</source>
        <translation>Generate &amp;demo data…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/main_window.py" line="68"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/main_window.py" line="73"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/main_window.py" line="74"/>
        <source>界面语言(&amp;L)</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/main_window.py" line="89"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/main_window.py" line="90"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/main_window.py" line="100"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/main_window.py" line="101"/>
        <source>重新启动程序后使用新的界面语言。</source>
        <translation>The new interface language is used after the application restarts.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/main_window.py" line="104"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/main_window.py" line="105"/>
        <source>现场服务助手 FieldApp %1

离线登记住户、充电桩报装、安全检查和车库测距。
数据库：%2</source>
        <translation>FieldApp field service assistant %1

Offline register of households, EV charger requests, safety inspections and garage distances.
Database: %2</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../fieldapp/ui/record_list.py" line="57"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/record_list.py" line="58"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/record_list.py" line="59"/>
        <source>变更记录</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../fieldapp/ui/tasks.py" line="79"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../fieldapp/app.py" line="75"/>
        <source>现场服务助手</source>
        <translation>FieldApp field service assistant</translation>
    </message>
    <message>
        <location filename="../../fieldapp/app.py" line="88"/>
        <source>数据库文件已损坏，无法读取（%1）。请用 fieldapp-cli check 检查。</source>
        <translation>The database file is damaged and cannot be read (%1). Check it with fieldapp-cli check.</translation>
    </message>
</context>
</TS>
