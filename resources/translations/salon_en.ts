<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>关于客情管家</source>
            <translation>About Salon Desk</translation>
        </message>
        <message>
            <source>客情管家 %1</source>
            <translation>Salon Desk %1</translation>
        </message>
        <message>
            <source>客户档案、卡项、提醒和报表，数据只存在本机。</source>
            <translation>Client files, cards, reminders and reports; the data stays on this computer.</translation>
        </message>
        <message>
            <source>数据文件夹：%1</source>
            <translation>Data folder: %1</translation>
        </message>
        <message>
            <source>数据库文件：%1</source>
            <translation>Database file: %1</translation>
        </message>
        <message>
            <source>Qt %1 · PySide6 %2 · Python %3</source>
            <translation>Qt %1 · PySide6 %2 · Python %3</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>AdjustDialog</name>
        <message>
            <source>调整 – %1</source>
            <translation>Adjust – %1</translation>
        </message>
        <message>
            <source>确认调整</source>
            <translation>Adjust</translation>
        </message>
        <message>
            <source> 次</source>
            <translation> sessions</translation>
        </message>
        <message>
            <source>正数为增加，负数为扣减</source>
            <translation>Positive adds, negative deducts</translation>
        </message>
        <message>
            <source>增加</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>扣减</source>
            <translation>Deduct</translation>
        </message>
        <message>
            <source>元</source>
            <translation>yuan</translation>
        </message>
        <message>
            <source>增加/扣减</source>
            <translation>Add/deduct</translation>
        </message>
        <message>
            <source>本金</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>赠送金额</source>
            <translation>Bonus amount</translation>
        </message>
        <message>
            <source>增减次数</source>
            <translation>Sessions (+/−)</translation>
        </message>
        <message>
            <source>必填，如：补送一次体验、上次漏扣一次</source>
            <translation>Required, e.g. free trial session given, session not deducted last time</translation>
        </message>
        <message>
            <source>原因 *</source>
            <translation>Reason *</translation>
        </message>
        <message>
            <source>经办人</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <source>手工调整必须写明原因。</source>
            <translation>A manual adjustment needs a reason.</translation>
        </message>
        <message>
            <source>请填写要增加或扣减的数量。</source>
            <translation>Enter the amount to add or deduct.</translation>
        </message>
    </context>
    <context>
        <name>AssignTherapistDialog</name>
        <message>
            <source>分配专属美容师</source>
            <translation>Assign own therapist</translation>
        </message>
        <message numerus="yes">
            <source>为选中的 %n 位客户指定专属美容师：</source>
            <translation>
                <numerusform>Own therapist for the %n selected client:</numerusform>
                <numerusform>Own therapist for the %n selected clients:</numerusform>
            </translation>
        </message>
        <message>
            <source>请选择美容师</source>
            <translation>Choose a therapist</translation>
        </message>
        <message>
            <source>（不分配美容师）</source>
            <translation>(No therapist)</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>Therapist</translation>
        </message>
        <message>
            <source>请选择美容师。</source>
            <translation>Please choose a therapist.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>操作记录</source>
            <translation>Activity log</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>员工</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>（命令行/系统）</source>
            <translation>(command line/system)</translation>
        </message>
        <message>
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>对象</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>导出…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>最近 %1 条。操作记录只能查看和导出，任何人都不能修改。</source>
            <translation>Latest %1 entries. The activity log can only be viewed and exported; no one can change it.</translation>
        </message>
        <message>
            <source>导出操作记录</source>
            <translation>Export activity log</translation>
        </message>
        <message>
            <source>客情管家-操作记录</source>
            <translation>Salon Desk - activity log</translation>
        </message>
        <message>
            <source>CSV 文件 (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>正在写入操作记录…</source>
            <translation>Writing the activity log…</translation>
        </message>
        <message>
            <source>已导出 %1 条到 %2</source>
            <translation>Exported %1 entries to %2</translation>
        </message>
        <message>
            <source>没有导出：%1</source>
            <translation>Not exported: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>BackupKeeper</name>
        <message>
            <source>备份文件夹</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>备份</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>正在备份数据库…</source>
            <translation>Backing up the database…</translation>
        </message>
        <message>
            <source>备份没有完成：%1</source>
            <translation>Backup not completed: %1</translation>
        </message>
        <message>
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>客情管家备份 (*.db);;所有文件 (*)</source>
            <translation>Salon Desk backups (*.db);;All files (*)</translation>
        </message>
        <message>
            <source>用备份 %1 替换现在的全部数据吗？
现在的数据会先另存为“…_pre_restore-日期.db”，放在数据库旁边。</source>
            <translation>Replace all current data with the backup %1?
The current data will first be saved as "…_pre_restore-date.db" next to the database.</translation>
        </message>
        <message>
            <source>正在检查并恢复备份…</source>
            <translation>Checking and restoring the backup…</translation>
        </message>
        <message>
            <source>没有恢复，现在的数据保持不变：%1</source>
            <translation>Not restored; the current data is unchanged: %1</translation>
        </message>
    </context>
    <context>
        <name>BirthdayEdit</name>
        <message>
            <source>未填</source>
            <translation>Not set</translation>
        </message>
        <message>
            <source>公历</source>
            <translation>Solar</translation>
        </message>
        <message>
            <source>农历</source>
            <translation>Lunar</translation>
        </message>
        <message>
            <source>公历（阳历）或农历（阴历）生日</source>
            <translation>Birthday in the solar (Gregorian) or lunar calendar</translation>
        </message>
        <message>
            <source>年份未知</source>
            <translation>Year unknown</translation>
        </message>
        <message>
            <source>出生年份，可不填；农历生日填农历年份</source>
            <translation>Year of birth, optional; for a lunar birthday enter the lunar year</translation>
        </message>
        <message>
            <source>闰月</source>
            <translation>Leap month</translation>
        </message>
        <message>
            <source>生于农历闰月</source>
            <translation>Born in a lunar leap month</translation>
        </message>
        <message>
            <source>月</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>日</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>%1日</source>
            <translation>%1</translation>
        </message>
    </context>
    <context>
        <name>CatalogueListPane</name>
        <message>
            <source>Insert 键</source>
            <translation>Insert key</translation>
        </message>
        <message>
            <source>编辑(&amp;E)…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>停用(&amp;D)</source>
            <translation>&amp;Deactivate</translation>
        </message>
        <message>
            <source>显示停用</source>
            <translation>Show inactive</translation>
        </message>
        <message>
            <source>&lt;br&gt;停用的不在列表里：勾选“显示停用”可以看到。</source>
            <translation>&lt;br&gt;Inactive ones are not listed: tick “Show inactive” to see them.</translation>
        </message>
        <message>
            <source>共 %1 项</source>
            <translation>%1 items</translation>
        </message>
        <message>
            <source>启用(&amp;D)</source>
            <translation>&amp;Reactivate</translation>
        </message>
    </context>
    <context>
        <name>CatalogueModel</name>
        <message>
            <source>在售</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>已停用</source>
            <translation>Inactive</translation>
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <source>新增项目(&amp;A)…</source>
            <translation>&amp;Add service…</translation>
        </message>
        <message>
            <source>还没有服务项目。&lt;br&gt;点“新增项目”添加店里做的护理和价格，开单时就能直接选。</source>
            <translation>No services yet.&lt;br&gt;Click “New service” to add the treatments you offer and their prices; you can then pick them when recording a visit.</translation>
        </message>
        <message>
            <source>新增产品(&amp;A)…</source>
            <translation>&amp;Add product…</translation>
        </message>
        <message>
            <source>还没有零售产品。&lt;br&gt;点“新增产品”添加店里卖的产品，开单时可以和项目一起结账。</source>
            <translation>No products yet.&lt;br&gt;Click “New product” to add what you sell; it can then go on a visit's bill with the services.</translation>
        </message>
        <message>
            <source>新增卡项(&amp;A)…</source>
            <translation>&amp;Add card…</translation>
        </message>
        <message>
            <source>还没有卡项。&lt;br&gt;点“新增卡项”设置次卡、年卡/月卡或储值卡，之后就能给客户售卡。</source>
            <translation>No cards yet.&lt;br&gt;Click “New card” to set up session, annual/monthly or stored-value cards; you can then sell them to clients.</translation>
        </message>
        <message>
            <source>服务项目</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>零售产品</source>
            <translation>Retail products</translation>
        </message>
        <message>
            <source>卡项（次卡/年卡/储值卡）</source>
            <translation>Cards (session/annual/stored-value)</translation>
        </message>
    </context>
    <context>
        <name>ChoiceWithOther</name>
        <message>
            <source>其他…</source>
            <translation>Other…</translation>
        </message>
        <message>
            <source>请填写</source>
            <translation>Please specify</translation>
        </message>
    </context>
    <context>
        <name>ClientCard</name>
        <message>
            <source>选择一位客户，查看她的档案摘要。</source>
            <translation>Select a client to see a summary of her file.</translation>
        </message>
        <message>
            <source>岁</source>
            <translation>y</translation>
        </message>
        <message>
            <source>已归档</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>过敏/禁忌</source>
            <translation>Allergies/contraindications</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>微信</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>生日</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>专属美容师</source>
            <translation>Own therapist</translation>
        </message>
        <message>
            <source>未分配</source>
            <translation>Not assigned</translation>
        </message>
        <message>
            <source>肤质</source>
            <translation>Skin type</translation>
        </message>
        <message>
            <source>皮肤问题</source>
            <translation>Skin concerns</translation>
        </message>
        <message>
            <source>力度</source>
            <translation>Pressure</translation>
        </message>
        <message>
            <source>室温</source>
            <translation>Room temp.</translation>
        </message>
        <message>
            <source>饮品</source>
            <translation>Drink</translation>
        </message>
        <message>
            <source>音乐</source>
            <translation>Music</translation>
        </message>
        <message>
            <source>偏好</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>请勿主动联系</source>
            <translation>Do not contact</translation>
        </message>
        <message>
            <source>联系方式</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>家人</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>职业</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <source>兴趣</source>
            <translation>Interests</translation>
        </message>
        <message>
            <source>期望</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>标签</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>在用卡项</source>
            <translation>Active cards</translation>
        </message>
        <message>
            <source>余额 %1</source>
            <translation>balance %1</translation>
        </message>
        <message>
            <source>不限次</source>
            <translation>unlimited</translation>
        </message>
        <message>
            <source>剩 %1 次</source>
            <translation>%1 sessions left</translation>
        </message>
        <message>
            <source>至 %1</source>
            <translation>until %1</translation>
        </message>
    </context>
    <context>
        <name>ClientDialog</name>
        <message>
            <source>基本信息</source>
            <translation>Basics</translation>
        </message>
        <message>
            <source>皮肤与健康</source>
            <translation>Skin and health</translation>
        </message>
        <message>
            <source>偏好与联系</source>
            <translation>Preferences and contact</translation>
        </message>
        <message>
            <source>家庭与纪念日</source>
            <translation>Family and dates</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>保存 (Enter / Ctrl+S)</source>
            <translation>Save (Enter / Ctrl+S)</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>这一页的操作（售卡、充值、调整、退卡、更正记录）立即生效；“保存”“取消”只管档案各页。</source>
            <translation>Actions on this page (selling cards, top-ups, adjustments, card refunds, corrections) take effect at once; "Save" and "Cancel" only apply to the file pages.</translation>
        </message>
        <message>
            <source>新建客户</source>
            <translation>New client</translation>
        </message>
        <message>
            <source>客户档案 – %1</source>
            <translation>Client file – %1</translation>
        </message>
        <message>
            <source>（已归档）</source>
            <translation> (archived)</translation>
        </message>
        <message>
            <source>此号码已属于客户 %1</source>
            <translation>This number already belongs to client %1</translation>
        </message>
        <message>
            <source>点击姓名打开她的档案</source>
            <translation>Click the name to open her file</translation>
        </message>
        <message>
            <source>卡项</source>
            <translation>Cards</translation>
        </message>
        <message>
            <source>消费记录</source>
            <translation>History</translation>
        </message>
        <message>
            <source>介绍人不存在。</source>
            <translation>The referring client does not exist.</translation>
        </message>
        <message>
            <source>这位客户已被删除，无法保存。</source>
            <translation>This client has been deleted and cannot be saved.</translation>
        </message>
        <message>
            <source>保存失败：数据库暂时无法写入（%1）。请稍后再试。</source>
            <translation>Could not save: the database cannot be written to right now (%1). Please try again shortly.</translation>
        </message>
        <message>
            <source>有未保存的修改。再按一次 Esc（或“取消”）放弃修改，按 Enter 保存。</source>
            <translation>There are unsaved changes. Press Esc (or "Cancel") again to discard them, or Enter to save.</translation>
        </message>
    </context>
    <context>
        <name>ClientFilePages</name>
        <message>
            <source>必填</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>未填</source>
            <translation>Not set</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>手机</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>如：138 1234 5678</source>
            <translation>e.g. 138 1234 5678</translation>
        </message>
        <message>
            <source>备用电话</source>
            <translation>Other phone</translation>
        </message>
        <message>
            <source>另一个手机或座机，可不填</source>
            <translation>Another mobile or landline, optional</translation>
        </message>
        <message>
            <source>微信号或昵称</source>
            <translation>WeChat ID or nickname</translation>
        </message>
        <message>
            <source>微信</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>生日</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>职业</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <source>住址</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>所在社区或小区</source>
            <translation>Neighbourhood or housing estate</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>其他来源</source>
            <translation>Other source</translation>
        </message>
        <message>
            <source>客户来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>介绍人</source>
            <translation>Referred by</translation>
        </message>
        <message>
            <source>专属美容师</source>
            <translation>Own therapist</translation>
        </message>
        <message>
            <source>其他肤质</source>
            <translation>Other skin type</translation>
        </message>
        <message>
            <source>肤质</source>
            <translation>Skin type</translation>
        </message>
        <message>
            <source>客户已单独同意记录以下皮肤和健康信息（敏感个人信息，均为选填）</source>
            <translation>The client has separately consented to recording the skin and health details below (sensitive personal information, all optional)</translation>
        </message>
        <message>
            <source>皮肤问题及现状（选填）</source>
            <translation>Skin concerns and current state (optional)</translation>
        </message>
        <message>
            <source>如：对酒精、果酸过敏</source>
            <translation>e.g. allergic to alcohol, fruit acids</translation>
        </message>
        <message>
            <source>过敏（选填）</source>
            <translation>Allergies (optional)</translation>
        </message>
        <message>
            <source>如：孕期、近期做过医美、皮肤破损</source>
            <translation>e.g. pregnancy, recent cosmetic procedure, broken skin</translation>
        </message>
        <message>
            <source>禁忌（选填）</source>
            <translation>Contraindications (optional)</translation>
        </message>
        <message>
            <source>轻</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>适中</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>重</source>
            <translation>Firm</translation>
        </message>
        <message>
            <source>按摩力度</source>
            <translation>Massage pressure</translation>
        </message>
        <message>
            <source>力度</source>
            <translation>Pressure</translation>
        </message>
        <message>
            <source>偏凉</source>
            <translation>Cooler</translation>
        </message>
        <message>
            <source>偏暖</source>
            <translation>Warmer</translation>
        </message>
        <message>
            <source>房间温度</source>
            <translation>Room temperature</translation>
        </message>
        <message>
            <source>室温</source>
            <translation>Room temp.</translation>
        </message>
        <message>
            <source>温水</source>
            <translation>Warm water</translation>
        </message>
        <message>
            <source>花茶</source>
            <translation>Herbal tea</translation>
        </message>
        <message>
            <source>红茶</source>
            <translation>Black tea</translation>
        </message>
        <message>
            <source>柠檬水</source>
            <translation>Lemon water</translation>
        </message>
        <message>
            <source>不需要</source>
            <translation>None</translation>
        </message>
        <message>
            <source>喜欢的饮品</source>
            <translation>Favourite drink</translation>
        </message>
        <message>
            <source>饮品</source>
            <translation>Drink</translation>
        </message>
        <message>
            <source>轻音乐</source>
            <translation>Easy listening</translation>
        </message>
        <message>
            <source>古典</source>
            <translation>Classical</translation>
        </message>
        <message>
            <source>流行</source>
            <translation>Pop</translation>
        </message>
        <message>
            <source>不要音乐</source>
            <translation>No music</translation>
        </message>
        <message>
            <source>背景音乐</source>
            <translation>Background music</translation>
        </message>
        <message>
            <source>音乐</source>
            <translation>Music</translation>
        </message>
        <message>
            <source>聊天</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>喜欢的美容师</source>
            <translation>Preferred therapist</translation>
        </message>
        <message>
            <source>如：瑜伽、烘焙、旅行</source>
            <translation>e.g. yoga, baking, travel</translation>
        </message>
        <message>
            <source>兴趣爱好</source>
            <translation>Interests</translation>
        </message>
        <message>
            <source>其他联系方式</source>
            <translation>Other contact method</translation>
        </message>
        <message>
            <source>联系方式</source>
            <translation>Contact via</translation>
        </message>
        <message>
            <source>如：工作日晚上 7 点后</source>
            <translation>e.g. weekdays after 7 pm</translation>
        </message>
        <message>
            <source>方便联系时间</source>
            <translation>Best time to contact</translation>
        </message>
        <message>
            <source>请勿打扰（不主动联系）</source>
            <translation>Do not disturb (we never contact her)</translation>
        </message>
        <message>
            <source>同意接收优惠和活动信息</source>
            <translation>Agrees to receive offers and event news</translation>
        </message>
        <message>
            <source>如：淡化色斑，婚礼前皮肤状态更好</source>
            <translation>e.g. fade pigmentation, better skin before the wedding</translation>
        </message>
        <message>
            <source>目标与期望</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>家庭成员</source>
            <translation>Family members</translation>
        </message>
        <message>
            <source>纪念日与重要事件</source>
            <translation>Anniversaries and key dates</translation>
        </message>
        <message>
            <source>用逗号或空格分隔，如：贵宾，敏感肌</source>
            <translation>Separate with commas or spaces, e.g. VIP, sensitive-skin</translation>
        </message>
        <message>
            <source>标签</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>其他需要记住的事</source>
            <translation>Anything else to remember</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>未分配</source>
            <translation>Not assigned</translation>
        </message>
        <message>
            <source>不指定</source>
            <translation>No preference</translation>
        </message>
        <message>
            <source>%1（已停用）</source>
            <translation>%1 (inactive)</translation>
        </message>
        <message>
            <source>%1（%2）</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>ClientHistoryPage</name>
        <message>
            <source>她还没有到店或卡项记录。&lt;br&gt;在“客户”页选中她，按 &lt;b&gt;Ctrl+R&lt;/b&gt; 记录到店。</source>
            <translation>No visits or card history yet.&lt;br&gt;Select her on the Clients tab and press &lt;b&gt;Ctrl+R&lt;/b&gt; to record a visit.</translation>
        </message>
        <message>
            <source>双击到店记录可查看、更正或作废</source>
            <translation>Double-click a visit to view, correct or void it</translation>
        </message>
        <message>
            <source>到店 %1 次，最近一次 %2</source>
            <translation>%1 visits, last on %2</translation>
        </message>
        <message>
            <source>还没有到店记录</source>
            <translation>No visits yet</translation>
        </message>
    </context>
    <context>
        <name>ClientListPage</name>
        <message>
            <source>搜索：姓名、拼音首字母（如 zxm）、手机尾号、标签…  Ctrl+F</source>
            <translation>Search: name, pinyin initials (e.g. zxm), last digits of mobile, tags…  Ctrl+F</translation>
        </message>
        <message>
            <source>显示已归档</source>
            <translation>Show archived</translation>
        </message>
        <message>
            <source>新建客户</source>
            <translation>New client</translation>
        </message>
        <message>
            <source>打开档案</source>
            <translation>Open file</translation>
        </message>
        <message>
            <source>记录到店</source>
            <translation>Record visit</translation>
        </message>
        <message>
            <source>分配美容师…</source>
            <translation>Assign therapist…</translation>
        </message>
        <message>
            <source>归档</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>个人信息</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <source>导出她的全部资料…</source>
            <translation>Export all her data…</translation>
        </message>
        <message>
            <source>彻底删除她的个人信息…</source>
            <translation>Erase her personal data…</translation>
        </message>
        <message>
            <source>&lt;p style='font-size:13pt'&gt;还没有客户。&lt;/p&gt;&lt;p&gt;按 &lt;b&gt;Ctrl+N&lt;/b&gt; 新建，或从 &lt;b&gt;文件 ▸ 导入客户&lt;/b&gt; 导入表格；想先看看软件怎么用，可以载入一份演示数据（演示数据只能载入到空的数据库）。&lt;/p&gt;</source>
            <translation>&lt;p style='font-size:13pt'&gt;No clients yet.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; to add one, or bring in a spreadsheet with &lt;b&gt;File ▸ Import clients&lt;/b&gt;. To see how the app works first, load some demo data (demo data can only go into an empty database).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>导入客户…</source>
            <translation>Import clients…</translation>
        </message>
        <message>
            <source>载入演示数据…</source>
            <translation>Load demo data…</translation>
        </message>
        <message>
            <source>没有找到“%1”。&lt;br&gt;试试拼音首字母（如 zxm）、手机尾号或标签；是新客户就按 &lt;b&gt;Ctrl+N&lt;/b&gt; 新建。</source>
            <translation>Nothing found for “%1”.&lt;br&gt;Try pinyin initials (such as zxm), the last digits of a phone number or a tag; for a new client press &lt;b&gt;Ctrl+N&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>没有在用的客户。&lt;br&gt;勾选“显示已归档”可以看到已归档的客户，按 &lt;b&gt;Ctrl+N&lt;/b&gt; 新建客户。</source>
            <translation>No current clients.&lt;br&gt;Tick “Show archived” to see archived clients, or press &lt;b&gt;Ctrl+N&lt;/b&gt; to add a client.</translation>
        </message>
        <message numerus="yes">
            <source>%n 位客户</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 位以上客户…</source>
            <translation>%1+ clients…</translation>
        </message>
        <message>
            <source>恢复</source>
            <translation>Unarchive</translation>
        </message>
        <message>
            <source>归档客户</source>
            <translation>Archive client</translation>
        </message>
        <message>
            <source>归档后，%1 不再出现在日常列表中，历史记录都保留，可随时恢复。确定归档吗？</source>
            <translation>Once archived, %1 no longer appears in the everyday list; all her history is kept and she can be unarchived at any time. Archive her?</translation>
        </message>
    </context>
    <context>
        <name>ClientPackagesPage</name>
        <message>
            <source>她还没有卡项。&lt;br&gt;点“售卡”给她开一张次卡、年卡/月卡或储值卡。</source>
            <translation>She has no cards yet.&lt;br&gt;Click “Sell card” to sell her a session, annual/monthly or stored-value card.</translation>
        </message>
        <message>
            <source>售卡(&amp;S)…</source>
            <translation>&amp;Sell card…</translation>
        </message>
        <message>
            <source>充值/续卡(&amp;T)…</source>
            <translation>&amp;Top up/renew…</translation>
        </message>
        <message>
            <source>调整(&amp;J)…</source>
            <translation>Ad&amp;just…</translation>
        </message>
        <message>
            <source>延期/激活(&amp;E)…</source>
            <translation>&amp;Extend/reactivate…</translation>
        </message>
        <message>
            <source>退卡(&amp;R)…</source>
            <translation>&amp;Refund card…</translation>
        </message>
        <message>
            <source>在用 %1 张，共 %2 张</source>
            <translation>%1 active of %2 cards</translation>
        </message>
        <message>
            <source>卡项</source>
            <translation>Cards</translation>
        </message>
        <message>
            <source>激活(&amp;E)…</source>
            <translation>R&amp;eactivate…</translation>
        </message>
        <message>
            <source>年卡/月卡不能充值，请另售一张新卡</source>
            <translation>Annual/monthly cards cannot be topped up; sell a new card instead</translation>
        </message>
        <message>
            <source>还没有卡项。点“售卡”给她开一张卡。</source>
            <translation>No cards yet. Click "Sell card" to sell her one.</translation>
        </message>
        <message>
            <source>“%1”的明细（每一次变动都有记录）</source>
            <translation>Details of "%1" (every change is recorded)</translation>
        </message>
    </context>
    <context>
        <name>ClientPicker</name>
        <message>
            <source>输入姓名、拼音首字母或电话查找</source>
            <translation>Type a name, pinyin initials or phone number</translation>
        </message>
        <message>
            <source>%1（尾号 %2）</source>
            <translation>%1 (…%2)</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>生日</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>肤质</source>
            <translation>Skin type</translation>
        </message>
        <message>
            <source>专属美容师</source>
            <translation>Own therapist</translation>
        </message>
        <message>
            <source>标签</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>已归档</source>
            <translation>Archived</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDialog</name>
        <message>
            <source>登记投诉：%1</source>
            <translation>Log complaint: %1</translation>
        </message>
        <message>
            <source>她不满意什么、希望怎么处理</source>
            <translation>What she is unhappy about and how she wants it resolved</translation>
        </message>
        <message>
            <source>收到日期</source>
            <translation>Received on</translation>
        </message>
        <message>
            <source>投诉内容 *</source>
            <translation>Complaint *</translation>
        </message>
    </context>
    <context>
        <name>DoneDialog</name>
        <message>
            <source>完成：%1 · %2</source>
            <translation>Done: %1 · %2</translation>
        </message>
        <message>
            <source>说了什么、她怎么说</source>
            <translation>What was said and how she responded</translation>
        </message>
        <message>
            <source>方式</source>
            <translation>Via</translation>
        </message>
        <message>
            <source>如：轻微泛红已退，补水后紧绷感减轻</source>
            <translation>e.g. slight redness gone, less tightness after hydrating</translation>
        </message>
        <message>
            <source>未问</source>
            <translation>Not asked</translation>
        </message>
        <message>
            <source>满意</source>
            <translation>Satisfied</translation>
        </message>
        <message>
            <source>不满意</source>
            <translation>Not satisfied</translation>
        </message>
        <message>
            <source>已约好下次到店</source>
            <translation>Next visit booked</translation>
        </message>
        <message>
            <source>皮肤反应</source>
            <translation>Skin reaction</translation>
        </message>
        <message>
            <source>满意吗</source>
            <translation>Satisfied?</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>成本，元；可不填</source>
            <translation>Cost in yuan, optional</translation>
        </message>
        <message>
            <source>送了礼物就写上，如：%1</source>
            <translation>If you gave a gift, note it, e.g. %1</translation>
        </message>
        <message>
            <source>礼物</source>
            <translation>Gift</translation>
        </message>
        <message>
            <source>礼物成本</source>
            <translation>Gift cost</translation>
        </message>
        <message>
            <source>怎么解决的，如：退还面膜费用并送一次舒缓护理</source>
            <translation>How it was resolved, e.g. refunded the mask and gave a free soothing treatment</translation>
        </message>
        <message>
            <source>解决办法 *</source>
            <translation>Resolution *</translation>
        </message>
        <message>
            <source>完成</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>DryRunPage</name>
        <message>
            <source>导入前先看结果</source>
            <translation>Preview before importing</translation>
        </message>
        <message>
            <source>这是试运行，还没有写入任何东西。点“导入”后一次写入；被拒绝的行不会导入。</source>
            <translation>This is a dry run; nothing has been written yet. Click "Import" to write everything in one go; rejected rows are not imported.</translation>
        </message>
        <message>
            <source>表里的美容师不在员工名单里时，新建为美容师（否则记入客户备注）</source>
            <translation>Add therapists in the sheet who are not on the staff list as new therapists (otherwise note them in the client notes)</translation>
        </message>
        <message>
            <source>表中客户已单独同意记录过敏信息（敏感个人信息）；不勾选则过敏一列不导入</source>
            <translation>The clients in the sheet have separately consented to recording allergies (sensitive personal information); if unticked, the allergy column is not imported</translation>
        </message>
        <message>
            <source>只看合并、拒绝和跳过的行</source>
            <translation>Only show merged, rejected and skipped rows</translation>
        </message>
        <message>
            <source>行</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>EventEditor</name>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>添加纪念日/事件</source>
            <translation>Add anniversary/event</translation>
        </message>
        <message>
            <source>如：结婚十周年、宝宝满月</source>
            <translation>e.g. 10th wedding anniversary, baby's first month</translation>
        </message>
    </context>
    <context>
        <name>ExtendDialog</name>
        <message>
            <source>激活 – %1</source>
            <translation>Reactivate – %1</translation>
        </message>
        <message>
            <source>延期 – %1</source>
            <translation>Extend – %1</translation>
        </message>
        <message>
            <source>确认激活</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <source>确认延期</source>
            <translation>Extend</translation>
        </message>
        <message>
            <source>长期有效</source>
            <translation>No expiry</translation>
        </message>
        <message>
            <source>（已过期）</source>
            <translation> (expired)</translation>
        </message>
        <message>
            <source>原到期日</source>
            <translation>Current expiry</translation>
        </message>
        <message>
            <source>%1 次</source>
            <translation>%1 sessions</translation>
        </message>
        <message>
            <source>不限次，可继续使用</source>
            <translation>Unlimited, can still be used</translation>
        </message>
        <message>
            <source>无（过期时已用完）</source>
            <translation>None (used up when it expired)</translation>
        </message>
        <message>
            <source>激活后恢复</source>
            <translation>Restored on reactivation</translation>
        </message>
        <message>
            <source>+1 个月</source>
            <translation>+1 month</translation>
        </message>
        <message>
            <source>+3 个月</source>
            <translation>+3 months</translation>
        </message>
        <message>
            <source>+1 年</source>
            <translation>+1 year</translation>
        </message>
        <message>
            <source>新的到期日</source>
            <translation>New expiry date</translation>
        </message>
        <message>
            <source>如：客户住院、店内装修停业补偿（选填）</source>
            <translation>e.g. client in hospital, compensation for closure during renovation (optional)</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>未指定</source>
            <translation>Not specified</translation>
        </message>
        <message>
            <source>经办人</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <source>这张卡刚刚到期了，请关闭后重新打开。</source>
            <translation>This card has just expired. Close this window and open it again.</translation>
        </message>
        <message>
            <source>这张卡刚刚到期了，请关闭后重新打开“延期/激活”，确认激活后恢复的内容。</source>
            <translation>This card has just expired. Close and reopen "Extend/reactivate" to check what reactivation restores.</translation>
        </message>
    </context>
    <context>
        <name>FamilyEditor</name>
        <message>
            <source>关系</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>生日</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>添加家庭成员</source>
            <translation>Add family member</translation>
        </message>
        <message>
            <source>如：在读高三</source>
            <translation>e.g. final year of high school</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>选择客户表</source>
            <translation>Choose the client list</translation>
        </message>
        <message>
            <source>原来的 Excel 表（.xlsx）或 CSV 文件；旧版 .xls 请先在 Excel 里另存为 .xlsx。</source>
            <translation>Your existing Excel workbook (.xlsx) or CSV file; save an old .xls file as .xlsx in Excel first.</translation>
        </message>
        <message>
            <source>还没有选择文件</source>
            <translation>No file chosen yet</translation>
        </message>
        <message>
            <source>选择文件(&amp;O)…</source>
            <translation>Ch&amp;oose file…</translation>
        </message>
        <message>
            <source>工作表：</source>
            <translation>Sheet:</translation>
        </message>
        <message>
            <source>表格 (*.xlsx *.xlsm *.csv *.txt *.xls);;所有文件 (*)</source>
            <translation>Spreadsheets (*.xlsx *.xlsm *.csv *.txt *.xls);;All files (*)</translation>
        </message>
        <message>
            <source>%1（%2 行）</source>
            <translation>%1 (%2 rows)</translation>
        </message>
        <message>
            <source>表头在第 %1 行。</source>
            <translation>The header is on row %1.</translation>
        </message>
        <message>
            <source>这张表里找不到写着“姓名”的表头行，请在下一步指定表头所在的行。</source>
            <translation>No header row with a "Name" column was found in this sheet; choose the header row in the next step.</translation>
        </message>
    </context>
    <context>
        <name>FirstOwnerDialog</name>
        <message>
            <source>欢迎使用客情管家</source>
            <translation>Welcome to Salon Desk</translation>
        </message>
        <message>
            <source>客户资料和储值余额是店里最要紧的东西。请先为老板设置一个密码：前台和美容师的密码由老板在“美容师/员工”里设置。</source>
            <translation>Client records and stored-value balances are the most important things in the salon. First set a PIN for the owner; the owner sets front desk and therapist PINs under "Staff".</translation>
        </message>
        <message>
            <source>老板姓名</source>
            <translation>Owner's name</translation>
        </message>
        <message>
            <source>设置密码</source>
            <translation>Set PIN</translation>
        </message>
        <message>
            <source>再输一次</source>
            <translation>Repeat PIN</translation>
        </message>
        <message>
            <source>开始使用</source>
            <translation>Get started</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>这条记录已不存在，无法保存。</source>
            <translation>This record no longer exists and cannot be saved.</translation>
        </message>
        <message>
            <source>保存失败：数据库暂时无法写入（%1）。请稍后再试。</source>
            <translation>Could not save: the database cannot be written to right now (%1). Please try again shortly.</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>用户指南</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>用户指南(&amp;G)</source>
            <translation>User &amp;guide</translation>
        </message>
        <message>
            <source>关于客情管家(&amp;A)…</source>
            <translation>&amp;About Salon Desk…</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>今天</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>本周</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>本月</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>上月</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <source>客户姓名、拼音首字母或手机尾号</source>
            <translation>Client name, pinyin initials or last digits of mobile</translation>
        </message>
        <message>
            <source>含作废(&amp;V)</source>
            <translation>Incl. &amp;voided</translation>
        </message>
        <message>
            <source>实收：现金、微信、支付宝、刷卡等当场收到的钱；储值是从储值卡里扣的钱，卡扣是从次卡/年卡里扣的次数。作废的记录不计入合计。</source>
            <translation>Received: money taken on the spot by cash, WeChat, Alipay, bank card, etc. Stored value is money deducted from stored-value cards; "from card" is sessions deducted from session/annual cards. Voided records are not included in the totals.</translation>
        </message>
        <message>
            <source>日期(&amp;D)</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>至</source>
            <translation>to</translation>
        </message>
        <message>
            <source>美容师(&amp;T)</source>
            <translation>&amp;Therapist</translation>
        </message>
        <message>
            <source>项目(&amp;S)</source>
            <translation>&amp;Service</translation>
        </message>
        <message>
            <source>付款方式(&amp;P)</source>
            <translation>&amp;Payment</translation>
        </message>
        <message>
            <source>客户(&amp;C)</source>
            <translation>&amp;Client</translation>
        </message>
        <message>
            <source>本期收支（按日期，含售卡、充值和退卡；不受美容师、项目等筛选影响）</source>
            <translation>Money in and out for the period (by date, including card sales, top-ups and card refunds; not affected by the therapist, service and other filters)</translation>
        </message>
        <message>
            <source>没有符合这些条件的到店记录。&lt;br&gt;清空客户框，或把美容师、项目、付款方式改回“全部”试试。</source>
            <translation>No visits match these filters.&lt;br&gt;Clear the client box, or set therapist, service and payment back to “All”.</translation>
        </message>
        <message>
            <source>%1 至 %2 没有到店记录。&lt;br&gt;换一个日期范围（本月、上月），或在“客户”页选中客户后按 &lt;b&gt;Ctrl+R&lt;/b&gt; 记录到店。</source>
            <translation>No visits from %1 to %2.&lt;br&gt;Choose other dates (this month, last month), or select a client on the Clients tab and press &lt;b&gt;Ctrl+R&lt;/b&gt; to record a visit.</translation>
        </message>
        <message>
            <source>%1（已停用）</source>
            <translation>%1 (inactive)</translation>
        </message>
        <message>
            <source>共 %1 笔</source>
            <translation>%1 visits</translation>
        </message>
        <message>
            <source>合计和收支只有老板、店长可以查看。</source>
            <translation>Only the owner and managers can see totals and money in/out.</translation>
        </message>
        <message>
            <source>合计没有算出来：%1</source>
            <translation>Could not calculate totals: %1</translation>
        </message>
        <message>
            <source>（含作废 %1 笔，不计入合计）</source>
            <translation> (incl. %1 voided, not in totals)</translation>
        </message>
        <message>
            <source>消费合计 %1</source>
            <translation>Total spend %1</translation>
        </message>
        <message>
            <source>实收 %1</source>
            <translation>Received %1</translation>
        </message>
        <message>
            <source>卡扣 %1 次</source>
            <translation>%1 sessions from cards</translation>
        </message>
    </context>
    <context>
        <name>HistoryTableModel</name>
        <message>
            <source>日期时间</source>
            <translation>Date/time</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>项目/产品</source>
            <translation>Service/product</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>Therapist</translation>
        </message>
        <message>
            <source>金额</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>付款方式</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>卡扣</source>
            <translation>From card</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>作废</source>
            <translation>Void</translation>
        </message>
        <message>
            <source>已作废：%1</source>
            <translation>Voided: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>与第 %1 行同一电话，合并</source>
            <translation>Same phone as row %1, merged</translation>
        </message>
        <message>
            <source>电话已登记，并入客户编号 %1</source>
            <translation>Phone already on file; merged into client no. %1</translation>
        </message>
        <message>
            <source>已导入：新建 %1 位客户，合并 %2 行，拒绝 %3 行，跳过 %4 行。</source>
            <translation>Imported. New clients: %1; rows merged: %2; rejected: %3; skipped: %4.</translation>
        </message>
        <message>
            <source>将会新建 %1 位客户，合并 %2 行（同一电话），拒绝 %3 行，跳过 %4 行。</source>
            <translation>New clients to create: %1; rows to merge (same phone): %2; to reject: %3; to skip: %4.</translation>
        </message>
        <message>
            <source>不在员工名单里的美容师：%1。</source>
            <translation>Therapists not on the staff list: %1.</translation>
        </message>
        <message>
            <source>导入客户</source>
            <translation>Import clients</translation>
        </message>
        <message>
            <source>下一步(&amp;N) &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>&lt; 上一步(&amp;B)</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>导入(&amp;I)</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>正在读取 %1…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <source>正在检查每一行…</source>
            <translation>Checking every row…</translation>
        </message>
        <message>
            <source>正在导入客户…</source>
            <translation>Importing clients…</translation>
        </message>
        <message>
            <source>已取消，没有导入任何客户。</source>
            <translation>Cancelled; no clients were imported.</translation>
        </message>
        <message>
            <source>出错了，没有导入任何客户：%1</source>
            <translation>Something went wrong; no clients were imported: %1</translation>
        </message>
    </context>
    <context>
        <name>ItemPicker</name>
        <message>
            <source>输入名称、拼音首字母或简码，回车添加</source>
            <translation>Type a name, pinyin initials or short code; Enter to add</translation>
        </message>
        <message>
            <source>〔产品〕</source>
            <translation>[Product] </translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>语言</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>软件的语言</source>
            <translation>App language</translation>
        </message>
        <message>
            <source>选择后立即切换。以后也可以在“设置 ▸ 本机”里更改。</source>
            <translation>Applies at once. You can change it later in Settings ▸ This computer.</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialog</name>
        <message>
            <source>停用 %1</source>
            <translation>Deactivate %1</translation>
        </message>
        <message>
            <source>%1 有 %2 位专属客户。停用前，她们交给谁照顾？</source>
            <translation>%1 is the own therapist of %2 clients. Before deactivating, who should take them over?</translation>
        </message>
        <message>
            <source>交给</source>
            <translation>Hand over to</translation>
        </message>
        <message>
            <source>请选择美容师</source>
            <translation>Choose a therapist</translation>
        </message>
        <message>
            <source>%1（已有 %2 位）</source>
            <translation>%1 (has %2)</translation>
        </message>
        <message>
            <source>暂不分配，标记为“%1”（在客户列表里搜这个标签就能找到）</source>
            <translation>Leave unassigned, tagged "%1" (search the client list for this tag)</translation>
        </message>
        <message>
            <source>停用</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>请选择接手的美容师。</source>
            <translation>Choose the therapist who will take over.</translation>
        </message>
    </context>
    <context>
        <name>LedgerTableModel</name>
        <message>
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>变动</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>变动后剩余</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <source>收/退款</source>
            <translation>Paid/refunded</translation>
        </message>
        <message>
            <source>经办人</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <source>原因/备注</source>
            <translation>Reason/notes</translation>
        </message>
        <message>
            <source>（本金 %1，赠送 %2）</source>
            <translation> (principal %1, bonus %2)</translation>
        </message>
        <message>
            <source>%1 次</source>
            <translation>%1 sessions</translation>
        </message>
        <message>
            <source>不限次</source>
            <translation>Unlimited</translation>
        </message>
    </context>
    <context>
        <name>LinesEditor</name>
        <message>
            <source>添加</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>添加输入的项目或产品（回车）</source>
            <translation>Add the service or product typed (Enter)</translation>
        </message>
        <message>
            <source>添加项目/产品</source>
            <translation>Add service/product</translation>
        </message>
        <message>
            <source>项目/产品</source>
            <translation>Service/product</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>单价</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>优惠</source>
            <translation>Discount</translation>
        </message>
        <message>
            <source>支付方式</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>Therapist</translation>
        </message>
        <message>
            <source>金额</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>还没有项目。输入名称（如“清洁”）后按回车，或点下拉箭头选择。</source>
            <translation>No services yet. Type a name (e.g. "facial") and press Enter, or pick one from the drop-down arrow.</translation>
        </message>
        <message>
            <source>去添加项目…</source>
            <translation>Add services…</translation>
        </message>
        <message>
            <source>还没有可选的项目和产品：请先在“项目与卡项”里添加服务项目。</source>
            <translation>No services or products to choose from yet: first add services under "Services and cards".</translation>
        </message>
        <message>
            <source>回车添加“%1”，或输入名称、拼音首字母、简码</source>
            <translation>Enter adds "%1", or type a name, pinyin initials or short code</translation>
        </message>
        <message>
            <source>输入名称、拼音首字母或简码，回车添加</source>
            <translation>Type a name, pinyin initials or short code; Enter to add</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>客情管家</source>
            <translation>Salon Desk</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>美容师/员工</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>项目与卡项</source>
            <translation>Services and cards</translation>
        </message>
        <message>
            <source>消费记录</source>
            <translation>History</translation>
        </message>
        <message>
            <source>提醒</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <source>报表</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>切换用户(&amp;U)</source>
            <translation>Switch &amp;user</translation>
        </message>
        <message>
            <source>操作记录(&amp;A)…</source>
            <translation>&amp;Activity log…</translation>
        </message>
        <message>
            <source>修改我的密码…</source>
            <translation>Change my PIN…</translation>
        </message>
        <message>
            <source>备份(&amp;B)</source>
            <translation>&amp;Backup</translation>
        </message>
        <message>
            <source>立即备份(&amp;B)</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>从备份恢复(&amp;R)…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <source>备份文件夹(&amp;F)…</source>
            <translation>Backup &amp;folder…</translation>
        </message>
        <message>
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>请先关闭正在编辑的客户、到店记录或售卡窗口。</source>
            <translation>First close any open client, visit or card sale window.</translation>
        </message>
        <message>
            <source>已恢复。恢复前的数据另存为 %1。</source>
            <translation>Restored. The data from before the restore was saved as %1.</translation>
        </message>
        <message>
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>新建客户(&amp;N)</source>
            <translation>&amp;New client</translation>
        </message>
        <message>
            <source>查找客户(&amp;F)</source>
            <translation>&amp;Find client</translation>
        </message>
        <message>
            <source>记录到店(&amp;R)…</source>
            <translation>&amp;Record visit…</translation>
        </message>
        <message>
            <source>载入演示数据…</source>
            <translation>Load demo data…</translation>
        </message>
        <message>
            <source>退出(&amp;Q)</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>给所选客户售卡(&amp;K)…</source>
            <translation>Sell &amp;card to selected client…</translation>
        </message>
        <message>
            <source>设置(&amp;S)…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>导出给会计(&amp;E)…</source>
            <translation>&amp;Export for accountant…</translation>
        </message>
        <message>
            <source>导入客户(&amp;I)…</source>
            <translation>&amp;Import clients…</translation>
        </message>
        <message>
            <source>请先在列表中选择一位客户。</source>
            <translation>Select a client in the list first.</translation>
        </message>
        <message>
            <source>载入演示数据</source>
            <translation>Load demo data</translation>
        </message>
        <message>
            <source>数据库里已经有客户了。演示数据只能载入到空的数据库，以免和真实数据混在一起。</source>
            <translation>The database already has clients. Demo data can only be loaded into an empty database, so that it does not get mixed up with real data.</translation>
        </message>
        <message>
            <source>欢迎使用客情管家</source>
            <translation>Welcome to Salon Desk</translation>
        </message>
        <message>
            <source>数据库还是空的。要先载入一份演示数据（%1 位客户、美容师、项目和卡项，以及两年的到店记录），看看软件怎么用吗？
之后想用真实数据时，换一个新的数据库文件即可。</source>
            <translation>The database is still empty. Load demo data first (%1 clients, therapists, services and cards, plus two years of visits) to see how the app works?
When you want to use real data later, just switch to a new database file.</translation>
        </message>
        <message>
            <source>正在生成演示客户…</source>
            <translation>Creating demo clients…</translation>
        </message>
        <message>
            <source>演示数据没有载入：%1</source>
            <translation>Demo data not loaded: %1</translation>
        </message>
        <message>
            <source>当前：%1（%2）</source>
            <translation>Signed in: %1 (%2)</translation>
        </message>
        <message>
            <source>%1 位客户</source>
            <translation>%1 clients</translation>
        </message>
        <message>
            <source>上次备份 %1</source>
            <translation>Last backup %1</translation>
        </message>
        <message>
            <source>还没有备份</source>
            <translation>No backup yet</translation>
        </message>
        <message>
            <source>数据库：%1</source>
            <translation>Database: %1</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>核对每一列</source>
            <translation>Check each column</translation>
        </message>
        <message>
            <source>每一列上方选它记的是什么；认不出的列记入备注，选“不导入”则不要。</source>
            <translation>Above each column, choose what it holds. Unrecognised columns go into the notes; choose "Don't import" to leave a column out.</translation>
        </message>
        <message>
            <source>表头在第</source>
            <translation>Header is in row</translation>
        </message>
        <message>
            <source>行</source>
            <translation>of the sheet</translation>
        </message>
        <message>
            <source>导入为</source>
            <translation>Import as</translation>
        </message>
        <message>
            <source>请指定哪一列是姓名。</source>
            <translation>Specify which column holds the name.</translation>
        </message>
    </context>
    <context>
        <name>MoneyFlowTable</name>
        <message>
            <source>合计</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>实收（不含储值）</source>
            <translation>Received (excl. stored value)</translation>
        </message>
        <message>
            <source>从储值卡里扣的钱：卡是以前售出的，这里不是新收入</source>
            <translation>Money deducted from stored-value cards: the cards were sold earlier, so this is not new income</translation>
        </message>
        <message>
            <source>到店消费</source>
            <translation>Visits</translation>
        </message>
    </context>
    <context>
        <name>OwnerPage</name>
        <message>
            <source>老板和密码</source>
            <translation>Owner and PIN</translation>
        </message>
    </context>
    <context>
        <name>PackageTableModel</name>
        <message>
            <source>卡项</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>剩余</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>到期</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>长期</source>
            <translation>No expiry</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>实付</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>购买日期</source>
            <translation>Bought on</translation>
        </message>
        <message>
            <source>可用项目</source>
            <translation>Services</translation>
        </message>
    </context>
    <context>
        <name>PaymentEditor</name>
        <message>
            <source>填入还差的金额</source>
            <translation>Fill in the amount still due</translation>
        </message>
        <message>
            <source>实收现金</source>
            <translation>Cash tendered</translation>
        </message>
        <message>
            <source>实收</source>
            <translation>Tendered</translation>
        </message>
        <message>
            <source>没有可用的储值卡</source>
            <translation>No stored-value card available</translation>
        </message>
        <message>
            <source>%1（余额 %2）</source>
            <translation>%1 (balance %2)</translation>
        </message>
        <message>
            <source>应付 ¥%1</source>
            <translation>Due ¥%1</translation>
        </message>
        <message>
            <source>应付 —</source>
            <translation>Due —</translation>
        </message>
        <message>
            <source>已付 ¥%1</source>
            <translation>Paid ¥%1</translation>
        </message>
        <message>
            <source>已付 —</source>
            <translation>Paid —</translation>
        </message>
        <message>
            <source>已作废，款项已全部退回</source>
            <translation>Voided; all payments refunded</translation>
        </message>
        <message>
            <source>储值卡余额只有 ¥%1</source>
            <translation>Stored-value balance is only ¥%1</translation>
        </message>
        <message>
            <source>还差 ¥%1</source>
            <translation>¥%1 still due</translation>
        </message>
        <message>
            <source>多付 ¥%1</source>
            <translation>Overpaid ¥%1</translation>
        </message>
        <message>
            <source>已付清</source>
            <translation>Paid in full</translation>
        </message>
        <message>
            <source>这次没有现金付款</source>
            <translation>No cash payment this time</translation>
        </message>
        <message>
            <source>实收不足 ¥%1</source>
            <translation>¥%1 short</translation>
        </message>
        <message>
            <source>找零 ¥%1</source>
            <translation>Change ¥%1</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>新增卡项</source>
            <translation>New card</translation>
        </message>
        <message>
            <source>编辑卡项</source>
            <translation>Edit card</translation>
        </message>
        <message>
            <source>必填，如：清洁10次卡、理疗年卡、储值1000送200</source>
            <translation>Required, e.g. Facial 10-session card, Therapy annual card, Top up 1000 get 200</translation>
        </message>
        <message>
            <source>次卡/疗程卡（买 N 次）</source>
            <translation>Session card (buy N sessions)</translation>
        </message>
        <message>
            <source>年卡/月卡（有效期内使用）</source>
            <translation>Annual/monthly card (use while valid)</translation>
        </message>
        <message>
            <source>储值卡（充值送金额）</source>
            <translation>Stored-value card (top-up with bonus)</translation>
        </message>
        <message>
            <source>元</source>
            <translation>yuan</translation>
        </message>
        <message>
            <source> 次</source>
            <translation> sessions</translation>
        </message>
        <message>
            <source>元，如 200；不送留空</source>
            <translation>yuan, e.g. 200; leave empty for no bonus</translation>
        </message>
        <message>
            <source> 天</source>
            <translation> days</translation>
        </message>
        <message>
            <source>长期有效</source>
            <translation>No expiry</translation>
        </message>
        <message>
            <source>一个月</source>
            <translation>1 month</translation>
        </message>
        <message>
            <source>三个月</source>
            <translation>3 months</translation>
        </message>
        <message>
            <source>一年</source>
            <translation>1 year</translation>
        </message>
        <message>
            <source>在售（停售后老客户的卡照常使用）</source>
            <translation>For sale (cards already sold still work after it is withdrawn)</translation>
        </message>
        <message>
            <source>名称 *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>售价 *</source>
            <translation>Price *</translation>
        </message>
        <message>
            <source>次数</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>赠送次数</source>
            <translation>Bonus sessions</translation>
        </message>
        <message>
            <source>赠送金额</source>
            <translation>Bonus amount</translation>
        </message>
        <message>
            <source>有效期</source>
            <translation>Valid for</translation>
        </message>
        <message>
            <source>提示：记名储值卡按规定不设有效期；设了也不会作废余额，过期后可激活或按剩余本金退款。</source>
            <translation>Note: by regulation, named stored-value cards have no expiry. If one is set, the balance is not forfeited: after expiry the card can be reactivated or the remaining principal refunded.</translation>
        </message>
        <message>
            <source>可用项目 *</source>
            <translation>Services *</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>%1（已停用）</source>
            <translation>%1 (inactive)</translation>
        </message>
        <message>
            <source>充值金额 *</source>
            <translation>Top-up amount *</translation>
        </message>
        <message>
            <source>次数上限</source>
            <translation>Session limit</translation>
        </message>
        <message>
            <source>不限次</source>
            <translation>Unlimited</translation>
        </message>
        <message>
            <source>请选择</source>
            <translation>Please choose</translation>
        </message>
        <message>
            <source>次数 *</source>
            <translation>Sessions *</translation>
        </message>
        <message>
            <source>请填写卡项名称。</source>
            <translation>Enter a name for the card.</translation>
        </message>
    </context>
    <context>
        <name>PlanTableModel</name>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>售价</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>次数/赠送</source>
            <translation>Sessions/bonus</translation>
        </message>
        <message>
            <source>有效期</source>
            <translation>Valid for</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>可用项目</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>送 %1 元</source>
            <translation>bonus ¥%1</translation>
        </message>
        <message>
            <source>限 %1 次</source>
            <translation>max %1 sessions</translation>
        </message>
        <message>
            <source>不限次</source>
            <translation>Unlimited</translation>
        </message>
        <message>
            <source>%1 次</source>
            <translation>%1 sessions</translation>
        </message>
        <message>
            <source> + 赠 %1 次</source>
            <translation> + %1 bonus</translation>
        </message>
        <message>
            <source>长期</source>
            <translation>No expiry</translation>
        </message>
        <message>
            <source>%1 天</source>
            <translation>%1 days</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>新增产品</source>
            <translation>New product</translation>
        </message>
        <message>
            <source>编辑产品</source>
            <translation>Edit product</translation>
        </message>
        <message>
            <source>如：雅漾、薇诺娜</source>
            <translation>e.g. Avène, Winona</translation>
        </message>
        <message>
            <source>必填，如：舒护活泉水喷雾 150ml</source>
            <translation>Required, e.g. Thermal spring water spray 150ml</translation>
        </message>
        <message>
            <source>如：面膜、精华、防晒</source>
            <translation>e.g. mask, serum, sunscreen</translation>
        </message>
        <message>
            <source>元，如 128</source>
            <translation>yuan, e.g. 128</translation>
        </message>
        <message>
            <source>在售</source>
            <translation>For sale</translation>
        </message>
        <message>
            <source>品牌</source>
            <translation>Brand</translation>
        </message>
        <message>
            <source>名称 *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>简码</source>
            <translation>Short code</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>价格 *</source>
            <translation>Price *</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>请填写产品名称。</source>
            <translation>Enter a product name.</translation>
        </message>
        <message>
            <source>价格</source>
            <translation>Price</translation>
        </message>
    </context>
    <context>
        <name>ProductTableModel</name>
        <message>
            <source>品牌</source>
            <translation>Brand</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>价格</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>PurchasePayments</name>
        <message>
            <source>点一下，把还差的金额填到这里</source>
            <translation>Click to fill in the amount still due here</translation>
        </message>
        <message>
            <source>有金额格式不对</source>
            <translation>An amount is not valid</translation>
        </message>
        <message>
            <source>已收 %1</source>
            <translation>Received %1</translation>
        </message>
        <message>
            <source>已收 %1，正好</source>
            <translation>Received %1, exact</translation>
        </message>
        <message>
            <source>已收 %1 / 应收 %2，还差 %3</source>
            <translation>Received %1 / due %2, %3 short</translation>
        </message>
        <message>
            <source>已收 %1 / 应收 %2，多了 %3</source>
            <translation>Received %1 / due %2, %3 over</translation>
        </message>
    </context>
    <context>
        <name>ReceiptDialog</name>
        <message>
            <source>小票 — %1</source>
            <translation>Receipt — %1</translation>
        </message>
        <message>
            <source>打印…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>保存为 PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>小票</source>
            <translation>Receipt</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <source>退卡 – %1</source>
            <translation>Card refund – %1</translation>
        </message>
        <message>
            <source>如：搬家、对效果不满意；不填记为“客户申请退卡”</source>
            <translation>E.g. moving away, not happy with the results; if left blank, recorded as “Client asked for a refund”</translation>
        </message>
        <message>
            <source>未指定</source>
            <translation>Not specified</translation>
        </message>
        <message>
            <source>退款方式</source>
            <translation>Refund method</translation>
        </message>
        <message>
            <source>退卡原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>经办人</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <source>确认退卡</source>
            <translation>Confirm refund</translation>
        </message>
        <message>
            <source>打印结算单(&amp;P)…</source>
            <translation>&amp;Print statement…</translation>
        </message>
        <message>
            <source>存为 PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>卡已于 %1 到期；到期时未用完的部分仍属客户，照常退还</source>
            <translation>The card expired on %1; whatever was unused at expiry still belongs to the client and is refunded as usual</translation>
        </message>
        <message>
            <source>实付金额：%1 元，共 %2 次（含赠送）</source>
            <translation>Amount paid: ¥%1 for %2 sessions (bonus included)</translation>
        </message>
        <message>
            <source>每次实际单价：%1 ÷ %2 = %3 元</source>
            <translation>Actual price per session: %1 ÷ %2 = ¥%3</translation>
        </message>
        <message>
            <source>已使用 %1 次，按实际单价计 %2 元</source>
            <translation>%1 sessions used, at the actual price: ¥%2</translation>
        </message>
        <message>
            <source>（不按项目原价 %1 元/次计算）</source>
            <translation> (not at the service's list price of ¥%1 per session)</translation>
        </message>
        <message>
            <source>应退金额：%1 − %2 = %3 元</source>
            <translation>Refund due: %1 − %2 = ¥%3</translation>
        </message>
        <message>
            <source>实付本金合计：%1 元</source>
            <translation>Total principal paid: ¥%1</translation>
        </message>
        <message>
            <source>已消费本金：%1 元（消费时本金与赠送金额按同比例扣减）</source>
            <translation>Principal used: ¥%1 (each payment takes principal and bonus in the same proportion)</translation>
        </message>
        <message>
            <source>剩余本金：%1 元；剩余赠送金额 %2 元为赠送，不退</source>
            <translation>Principal left: ¥%1; the bonus left, ¥%2, was given free and is not refunded</translation>
        </message>
        <message>
            <source>应退金额：%1 元</source>
            <translation>Refund due: ¥%1</translation>
        </message>
        <message>
            <source>实付金额：%1 元，购买的期限 %2 至 %3，共 %4 天</source>
            <translation>Amount paid: ¥%1 for the period %2 to %3, %4 days in all</translation>
        </message>
        <message>
            <source>剩余 %1 天（自 %2 起计）</source>
            <translation>%1 days left (counted from %2)</translation>
        </message>
        <message>
            <source>延期至 %1 的天数为赠送，不计入退款</source>
            <translation>The days added by the extension to %1 were free and are not refunded</translation>
        </message>
        <message>
            <source>限次卡：已用 %1 / %2 次，退款不超过未用次数的价值</source>
            <translation>Limited-use card: %1 / %2 sessions used; the refund is at most the value of the unused sessions</translation>
        </message>
        <message>
            <source>应退金额：%1 × %2 ÷ %3 = %4 元</source>
            <translation>Refund due: %1 × %2 ÷ %3 = ¥%4</translation>
        </message>
        <message>
            <source>长期有效</source>
            <translation>No expiry</translation>
        </message>
        <message>
            <source>计算依据：最高人民法院《关于审理预付式消费民事纠纷案件适用法律若干问题的解释》（法释〔2025〕4号）。已消费部分按客户实际支付的价格计算，不按原价。</source>
            <translation>Basis of calculation: Supreme People's Court, Interpretation on Several Issues Concerning the Application of Law in the Trial of Civil Disputes over Prepaid Consumption (Fa Shi [2025] No. 4). What has been used is valued at the price the client actually paid, not at the list price.</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>卡项</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>购卡日期</source>
            <translation>Purchase date</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>结算日期</source>
            <translation>Settlement date</translation>
        </message>
        <message>
            <source>退卡结算单</source>
            <translation>Card refund statement</translation>
        </message>
        <message>
            <source>应退金额</source>
            <translation>Refund due</translation>
        </message>
        <message>
            <source>客户签字</source>
            <translation>Client signature</translation>
        </message>
        <message>
            <source>门店经办</source>
            <translation>For the salon</translation>
        </message>
        <message>
            <source>打印退卡结算单</source>
            <translation>Print refund statement</translation>
        </message>
        <message>
            <source>退卡结算单-%1-%2.pdf</source>
            <translation>refund-statement-%1-%2.pdf</translation>
        </message>
        <message>
            <source>存为 PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>退给 %1 %2（%3），并关闭“%4”？退卡后不能撤销。</source>
            <translation>Refund %2 to %1 (%3) and close “%4”? A card refund cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>ReminderTableModel</name>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>（逾期）</source>
            <translation> (overdue)</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>Therapist</translation>
        </message>
        <message>
            <source>事项</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>说明/问候语</source>
            <translation>Note / greeting</translation>
        </message>
    </context>
    <context>
        <name>RemindersPage</name>
        <message>
            <source> 天内</source>
            <translation> days</translation>
        </message>
        <message>
            <source>全部客户</source>
            <translation>All clients</translation>
        </message>
        <message>
            <source>%1 的客户在前</source>
            <translation>%1's clients first</translation>
        </message>
        <message>
            <source>完成(&amp;D)…</source>
            <translation>&amp;Done…</translation>
        </message>
        <message>
            <source>稍后(&amp;L)…</source>
            <translation>&amp;Later…</translation>
        </message>
        <message>
            <source>忽略(&amp;I)</source>
            <translation>&amp;Ignore</translation>
        </message>
        <message>
            <source>复制问候语(&amp;C)</source>
            <translation>&amp;Copy greeting</translation>
        </message>
        <message>
            <source>打开档案(&amp;O)</source>
            <translation>&amp;Open file</translation>
        </message>
        <message>
            <source>登记投诉…</source>
            <translation>Log complaint…</translation>
        </message>
        <message>
            <source>打印…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>导出 Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>从</source>
            <translation>From</translation>
        </message>
        <message>
            <source>正在整理提醒…</source>
            <translation>Gathering reminders…</translation>
        </message>
        <message>
            <source>全部 %1 条</source>
            <translation>%1 in all</translation>
        </message>
        <message>
            <source>没有需要处理的提醒。</source>
            <translation>No reminders to deal with.</translation>
        </message>
        <message>
            <source>逾期 %1 条（排在最前）　</source>
            <translation>%1 overdue (listed first)   </translation>
        </message>
        <message>
            <source>从 %1 起 %2 天内没有要跟进的提醒。&lt;br&gt;护理回访、生日、卡项到期和流失预警到时会出现在这里；把天数调大可以看得更远。</source>
            <translation>Nothing to follow up in the %2 days from %1.&lt;br&gt;Follow-up calls, birthdays, expiring cards and lapsing clients appear here when they are due; choose more days to look further ahead.</translation>
        </message>
        <message>
            <source>提醒没有整理出来：%1</source>
            <translation>Could not gather the reminders: %1</translation>
        </message>
        <message>
            <source>提醒</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <source>稍后提醒</source>
            <translation>Remind later</translation>
        </message>
        <message>
            <source>到哪天再提醒？</source>
            <translation>Remind again on which day?</translation>
        </message>
        <message>
            <source>打印提醒</source>
            <translation>Print reminders</translation>
        </message>
        <message>
            <source>导出 Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>无法保存：%1</source>
            <translation>Could not save: %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewCharts</name>
        <message>
            <source>实收</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>耗（确认收入）</source>
            <translation>Used (earned revenue)</translation>
        </message>
        <message>
            <source>近 12 个月：实收与耗（元）</source>
            <translation>Last 12 months: received and used (¥)</translation>
        </message>
        <message>
            <source>月</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>客户分类占消费</source>
            <translation>Spend by client type</translation>
        </message>
        <message>
            <source>本期消费</source>
            <translation>Spend this period</translation>
        </message>
        <message>
            <source>消费前十的客户（元）</source>
            <translation>Top 10 clients by spend (¥)</translation>
        </message>
        <message>
            <source>提成</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>美容师对比（元）</source>
            <translation>Therapists compared (¥)</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>本月</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>本年累计</source>
            <translation>Year to date</translation>
        </message>
        <message>
            <source>导出给会计(&amp;E)…</source>
            <translation>&amp;Export for accountant…</translation>
        </message>
        <message>
            <source>栏目</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>金额</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>人数/次数</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>占比</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>月份</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>明细</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>图表</source>
            <translation>Charts</translation>
        </message>
        <message>
            <source>正在整理 %1 的报表…</source>
            <translation>Preparing the review for %1…</translation>
        </message>
        <message>
            <source>%1 没有营业记录。&lt;br&gt;记录到店、售卡或充值后，这里会自动汇总；也可以换一个月份看看。</source>
            <translation>No business recorded in %1.&lt;br&gt;Visits, card sales and top-ups are summed up here as they are recorded; or choose another month.</translation>
        </message>
        <message>
            <source>点一个数字，看它由哪些记录组成。</source>
            <translation>Click a figure to see the records behind it.</translation>
        </message>
        <message>
            <source>报表没有整理出来：%1</source>
            <translation>Could not prepare the review: %1</translation>
        </message>
        <message>
            <source>这个数字没有明细。</source>
            <translation>This figure has no details.</translation>
        </message>
        <message>
            <source>正在读取 %1 的明细…</source>
            <translation>Loading the details of %1…</translation>
        </message>
        <message>
            <source>%1：%2 条</source>
            <translation>%1: %2 records</translation>
        </message>
        <message>
            <source>客情管家</source>
            <translation>Salon Desk</translation>
        </message>
        <message>
            <source>导出给会计</source>
            <translation>Export for accountant</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>正在写入 %1 的工作簿…</source>
            <translation>Writing the workbook for %1…</translation>
        </message>
        <message>
            <source>已导出：%1</source>
            <translation>Exported: %1</translation>
        </message>
        <message>
            <source>导出已取消，没有留下文件。</source>
            <translation>Export cancelled; no file was left behind.</translation>
        </message>
        <message>
            <source>没有导出：%1</source>
            <translation>Not exported: %1</translation>
        </message>
    </context>
    <context>
        <name>SalonPage</name>
        <message>
            <source>门店</source>
            <translation>Salon</translation>
        </message>
        <message>
            <source>店名</source>
            <translation>Salon name</translation>
        </message>
        <message>
            <source>如：丽人美容会所</source>
            <translation>e.g. Lily Beauty Spa</translation>
        </message>
        <message>
            <source>店名印在小票和退卡结算单上。可以先空着，以后在“设置 ▸ 门店与金额”里填写。</source>
            <translation>The salon name is printed on receipts and refund statements. You can leave it empty for now and fill it in later in Settings ▸ Salon &amp; amounts.</translation>
        </message>
    </context>
    <context>
        <name>SellPackageDialog</name>
        <message>
            <source>售卡 – %1</source>
            <translation>Sell card – %1</translation>
        </message>
        <message>
            <source>确认售卡</source>
            <translation>Confirm sale</translation>
        </message>
        <message>
            <source>默认为卡项售价；打折时改成实收金额</source>
            <translation>Defaults to the card's price; for a discount, enter the amount actually received</translation>
        </message>
        <message>
            <source>卡项</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>实收金额</source>
            <translation>Amount received</translation>
        </message>
        <message>
            <source>付款方式</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>到期</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>销售人员</source>
            <translation>Sold by</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>还没有在售的卡项。请先在“项目与卡项”页添加卡项。</source>
            <translation>No cards are on sale yet. Please add one on the “Services and cards” tab first.</translation>
        </message>
        <message>
            <source>长期有效</source>
            <translation>No expiry</translation>
        </message>
        <message>
            <source>请选择卡项。</source>
            <translation>Please choose a card.</translation>
        </message>
        <message>
            <source>付款合计应等于实收金额 %1 元。</source>
            <translation>The payments should add up to the amount received, ¥%1.</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>新增项目</source>
            <translation>New service</translation>
        </message>
        <message>
            <source>编辑项目</source>
            <translation>Edit service</translation>
        </message>
        <message>
            <source>必填，如：深层清洁</source>
            <translation>Required, e.g. Deep cleanse</translation>
        </message>
        <message>
            <source>如：面部护理、身体SPA</source>
            <translation>E.g. Facial, Body spa</translation>
        </message>
        <message>
            <source>元，如 198</source>
            <translation>yuan, e.g. 198</translation>
        </message>
        <message>
            <source> 分钟</source>
            <translation> min</translation>
        </message>
        <message>
            <source>做完后第几天回访，如 1,7；不回访留空</source>
            <translation>Days after the treatment to call, e.g. 1,7; leave blank for no call</translation>
        </message>
        <message>
            <source>留空按美容师比例；12% 为按价格比例；30 为每次 30 元</source>
            <translation>Blank: therapist's rate; 12% = share of the price; 30 = ¥30 per session</translation>
        </message>
        <message>
            <source>在售（停用后不再出现在开单中，历史记录保留）</source>
            <translation>On sale (once switched off it no longer appears in new visits; history is kept)</translation>
        </message>
        <message>
            <source>名称 *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>简码</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>分类</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>价格 *</source>
            <translation>Price *</translation>
        </message>
        <message>
            <source>时长</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>回访天数</source>
            <translation>Follow-up days</translation>
        </message>
        <message>
            <source>提成</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>请填写项目名称。</source>
            <translation>Please enter the service name.</translation>
        </message>
        <message>
            <source>价格</source>
            <translation>Price</translation>
        </message>
    </context>
    <context>
        <name>ServiceTableModel</name>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>分类</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>价格</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>时长</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>%1 分钟</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>回访（第几天）</source>
            <translation>Follow-up (day)</translation>
        </message>
        <message>
            <source>提成</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>每次 %1 元</source>
            <translation>¥%1 per session</translation>
        </message>
        <message>
            <source>按美容师比例</source>
            <translation>Therapist's rate</translation>
        </message>
    </context>
    <context>
        <name>SetPinDialog</name>
        <message>
            <source>设置密码：%1</source>
            <translation>Set PIN: %1</translation>
        </message>
        <message>
            <source>新密码</source>
            <translation>New PIN</translation>
        </message>
        <message>
            <source>再输一次</source>
            <translation>Repeat PIN</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>印在小票和退卡结算单上，如：丽人美容会所</source>
            <translation>Printed on receipts and refund statements, e.g. Belle Beauty Spa</translation>
        </message>
        <message>
            <source>如：西湖区文三路 152 号</source>
            <translation>E.g. 152 Wensan Road, Xihu District</translation>
        </message>
        <message>
            <source>如：0571-8888 6666</source>
            <translation>E.g. 0571-8888 6666</translation>
        </message>
        <message>
            <source>按客户实付的每次单价（耗卡价）</source>
            <translation>At the per-session price the client actually paid</translation>
        </message>
        <message>
            <source>按项目原价</source>
            <translation>At the service's list price</translation>
        </message>
        <message>
            <source>用卡做的项目怎么算提成；只影响以后登记的到店记录。</source>
            <translation>How commission is worked out on services paid from a card; affects only visits recorded from now on.</translation>
        </message>
        <message>
            <source>门店与金额</source>
            <translation>Salon and amounts</translation>
        </message>
        <message>
            <source>店名</source>
            <translation>Salon name</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>超过此金额先确认（元）</source>
            <translation>Ask to confirm amounts over (¥)</translation>
        </message>
        <message>
            <source>卡扣提成</source>
            <translation>Commission on card use</translation>
        </message>
        <message>
            <source>报表 A 类客户：消费累计到</source>
            <translation>Reports, class A clients: cumulative spend up to</translation>
        </message>
        <message>
            <source>报表 B 类客户：消费累计到</source>
            <translation>Reports, class B clients: cumulative spend up to</translation>
        </message>
        <message>
            <source> 分钟</source>
            <translation> min</translation>
        </message>
        <message>
            <source>不自动锁定</source>
            <translation>Never lock</translation>
        </message>
        <message>
            <source>本机</source>
            <translation>This computer</translation>
        </message>
        <message>
            <source>无人操作多久后自动锁定</source>
            <translation>Lock automatically when idle for</translation>
        </message>
        <message>
            <source>更改语言后，下次启动客情管家时生效。</source>
            <translation>A new language applies the next time Salon Desk starts.</translation>
        </message>
        <message>
            <source>语言</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>提醒</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <source>常客超过平时间隔多少天算该回访</source>
            <translation>Call regulars when overdue on their usual interval by</translation>
        </message>
        <message>
            <source> 天</source>
            <translation> days</translation>
        </message>
        <message>
            <source>超过多少天算流失风险</source>
            <translation>At risk of lapsing when overdue by</translation>
        </message>
        <message>
            <source>来店不到三次的客户，多少天没来就回访</source>
            <translation>Call clients with fewer than 3 visits when away for</translation>
        </message>
        <message>
            <source>第一次来店后几天问问感受</source>
            <translation>Ask first-time clients how it went after</translation>
        </message>
        <message>
            <source>次卡剩几次提醒续卡</source>
            <translation>Remind to renew a session card at sessions left</translation>
        </message>
        <message>
            <source> 次</source>
            <translation> sessions</translation>
        </message>
        <message>
            <source>卡在多少天内到期就提醒</source>
            <translation>Remind when a card expires within</translation>
        </message>
        <message>
            <source>卡多少天没用就提醒</source>
            <translation>Remind when a card has not been used for</translation>
        </message>
        <message>
            <source>储值卡余额低于多少元提醒</source>
            <translation>Remind when a stored-value balance is below (¥)</translation>
        </message>
        <message>
            <source>一行一个：名称|lunar:8-15 或 名称|solar:3-8</source>
            <translation>One per line: name|lunar:8-15 or name|solar:3-8</translation>
        </message>
        <message>
            <source>节日</source>
            <translation>Holidays</translation>
        </message>
        <message>
            <source>一行一条，可用 {name} {holiday} {therapist} {interest}</source>
            <translation>One per line; you can use {name} {holiday} {therapist} {interest}</translation>
        </message>
        <message>
            <source>节日问候语</source>
            <translation>Holiday greetings</translation>
        </message>
        <message>
            <source>一行一条，可用 {name} {therapist} {interest}</source>
            <translation>One per line; you can use {name} {therapist} {interest}</translation>
        </message>
        <message>
            <source>生日祝福语</source>
            <translation>Birthday wishes</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>已锁定</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>登录客情管家</source>
            <translation>Sign in to Salon Desk</translation>
        </message>
        <message>
            <source>一段时间没有操作，已自动锁定。请输入密码继续，或换一位员工登录。</source>
            <translation>Salon Desk locked itself after a while without use. Enter your PIN to carry on, or sign in as another member of staff.</translation>
        </message>
        <message>
            <source>员工</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>密码</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>登录</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>退出程序</source>
            <translation>Quit app</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>SkinConcernsEdit</name>
        <message>
            <source>现状，如：改善中</source>
            <translation>Status, e.g. improving</translation>
        </message>
        <message>
            <source>其他问题</source>
            <translation>Other concern</translation>
        </message>
        <message>
            <source>再加一项</source>
            <translation>Add another</translation>
        </message>
        <message>
            <source>问题，如：脂肪粒</source>
            <translation>Concern, e.g. milia</translation>
        </message>
        <message>
            <source>现状</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>新增员工</source>
            <translation>New staff member</translation>
        </message>
        <message>
            <source>编辑员工</source>
            <translation>Edit staff member</translation>
        </message>
        <message>
            <source>如：面部护理、身体SPA、祛痘</source>
            <translation>E.g. facials, body spa, acne care</translation>
        </message>
        <message>
            <source>如 10%</source>
            <translation>E.g. 10%</translation>
        </message>
        <message>
            <source>在职（可分配新客户）</source>
            <translation>Active (can take new clients)</translation>
        </message>
        <message>
            <source>姓名 *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>岗位</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>擅长项目</source>
            <translation>Specialities</translation>
        </message>
        <message>
            <source>提成比例（%）</source>
            <translation>Commission rate (%)</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>StaffTableModel</name>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>岗位</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>擅长</source>
            <translation>Specialities</translation>
        </message>
        <message>
            <source>提成</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>客户数</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>在职</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>已停用</source>
            <translation>Inactive</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>怎样开始</source>
            <translation>How to begin</translation>
        </message>
        <message>
            <source>从空白开始</source>
            <translation>Start empty</translation>
        </message>
        <message>
            <source>先在“项目与卡项”里录入项目和卡项，再添加客户。</source>
            <translation>Enter your services and cards under “Services &amp; cards” first, then add clients.</translation>
        </message>
        <message>
            <source>先看看演示数据</source>
            <translation>Try the demo data first</translation>
        </message>
        <message>
            <source>载入 %1 位虚构客户、美容师、项目和两年的到店记录，看看软件怎么用；演示里的老板改用您的姓名和密码。开始真实使用时，换一个新的数据库文件即可。</source>
            <translation>Loads %1 made-up clients, therapists, services and two years of visits to show how the app works; the demo's owner takes your name and PIN. When you start for real, use a new database file.</translation>
        </message>
        <message>
            <source>导入我的表格</source>
            <translation>Import my spreadsheet</translation>
        </message>
        <message>
            <source>把 Excel 或 CSV 里的客户名单导进来：打开主窗口后接着打开导入向导。</source>
            <translation>Bring in your client list from Excel or CSV: the import wizard opens right after the main window.</translation>
        </message>
    </context>
    <context>
        <name>TherapistsPage</name>
        <message>
            <source>新增员工</source>
            <translation>New staff member</translation>
        </message>
        <message>
            <source>编辑</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>停用</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>设置密码…</source>
            <translation>Set PIN…</translation>
        </message>
        <message>
            <source>还没有员工。&lt;br&gt;点“新增员工”添加美容师、前台和店长，之后就能给客户指定专属美容师。</source>
            <translation>No staff yet.&lt;br&gt;Click “New staff” to add therapists, front desk and managers; you can then give each client her own therapist.</translation>
        </message>
        <message>
            <source>改派给其他美容师…</source>
            <translation>Reassign to another therapist…</translation>
        </message>
        <message>
            <source>启用</source>
            <translation>Activate</translation>
        </message>
        <message>
            <source>选择左侧的美容师，查看她的专属客户。</source>
            <translation>Select a therapist on the left to see her own clients.</translation>
        </message>
        <message>
            <source>%1 的专属客户（%2 位）</source>
            <translation>%1's own clients (%2)</translation>
        </message>
        <message>
            <source>%1 还没有专属客户。&lt;br&gt;在“客户”页选中客户，点“分配美容师…”。</source>
            <translation>%1 has no clients of her own yet.&lt;br&gt;Select clients on the Clients tab and click “Assign therapist…”.</translation>
        </message>
    </context>
    <context>
        <name>TimelineTableModel</name>
        <message>
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>项目/卡项</source>
            <translation>Service / card</translation>
        </message>
        <message>
            <source>消费</source>
            <translation>Spend</translation>
        </message>
        <message>
            <source>实付</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>付款方式</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>卡扣</source>
            <translation>From card</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>Therapist</translation>
        </message>
        <message>
            <source>卡内变动/原因</source>
            <translation>Card change / reason</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>已作废</source>
            <translation>Voided</translation>
        </message>
        <message>
            <source>已更正 %1</source>
            <translation>Corrected %1</translation>
        </message>
    </context>
    <context>
        <name>TopUpDialog</name>
        <message>
            <source>充值 – %1</source>
            <translation>Top up – %1</translation>
        </message>
        <message>
            <source>续卡 – %1</source>
            <translation>Renew – %1</translation>
        </message>
        <message>
            <source>确认充值</source>
            <translation>Confirm top-up</translation>
        </message>
        <message>
            <source>确认续卡</source>
            <translation>Confirm renewal</translation>
        </message>
        <message>
            <source>元</source>
            <translation>yuan</translation>
        </message>
        <message>
            <source>元；不送留空</source>
            <translation>yuan; leave blank for no bonus</translation>
        </message>
        <message>
            <source> 次</source>
            <translation> sessions</translation>
        </message>
        <message>
            <source>充值金额</source>
            <translation>Top-up amount</translation>
        </message>
        <message>
            <source>赠送金额</source>
            <translation>Bonus amount</translation>
        </message>
        <message>
            <source>这张卡的方案：充 %1 送 %2</source>
            <translation>This card's offer: top up ¥%1, get ¥%2 bonus</translation>
        </message>
        <message>
            <source>增加次数</source>
            <translation>Sessions to add</translation>
        </message>
        <message>
            <source>收款金额</source>
            <translation>Amount received</translation>
        </message>
        <message>
            <source>付款方式</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>经办人</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <source>付款合计应等于充值金额。</source>
            <translation>The payments should add up to the top-up amount.</translation>
        </message>
        <message>
            <source>请填写充值金额。</source>
            <translation>Please enter the top-up amount.</translation>
        </message>
        <message>
            <source>续卡要填写增加的次数。</source>
            <translation>To renew, please enter the number of sessions to add.</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>记录到店 — %1</source>
            <translation>Record visit — %1</translation>
        </message>
        <message>
            <source>修改到店记录 — %1</source>
            <translation>Edit visit — %1</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>到店时间</source>
            <translation>Visit time</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>Therapist</translation>
        </message>
        <message>
            <source>项目与产品</source>
            <translation>Services and products</translation>
        </message>
        <message>
            <source>付款</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>如：T 区出油减少，两颊轻微泛红</source>
            <translation>E.g. less oil on the T-zone, slight redness on the cheeks</translation>
        </message>
        <message>
            <source>未评价</source>
            <translation>Not rated</translation>
        </message>
        <message>
            <source>有投诉</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>护理记录</source>
            <translation>Treatment notes</translation>
        </message>
        <message>
            <source>皮肤状况</source>
            <translation>Skin condition</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>满意度</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>修改已保存的记录必须写明原因，如：项目记错了</source>
            <translation>Changing a saved visit needs a reason, e.g. wrong service recorded</translation>
        </message>
        <message>
            <source>修改原因</source>
            <translation>Reason for change</translation>
        </message>
        <message>
            <source>保存后显示小票</source>
            <translation>Show receipt after saving</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>作废…</source>
            <translation>Void…</translation>
        </message>
        <message>
            <source>这条记录已作废：%1</source>
            <translation>This visit was voided: %1</translation>
        </message>
        <message>
            <source>没有找到“%1”，请换个名称试试。</source>
            <translation>Nothing found for “%1”; please try another name.</translation>
        </message>
        <message>
            <source>第 %1 行（%2）：</source>
            <translation>Line %1 (%2): </translation>
        </message>
        <message>
            <source>“%1”还没有添加：按回车把它加进来，或清空后再保存。</source>
            <translation>“%1” has not been added yet: press Enter to add it, or clear it before saving.</translation>
        </message>
        <message>
            <source>这条记录或所选项目已不存在，请关闭后重新打开。</source>
            <translation>This visit or a chosen item no longer exists; please close it and open it again.</translation>
        </message>
        <message>
            <source>作废记录</source>
            <translation>Void visit</translation>
        </message>
        <message>
            <source>作废后，这次扣的次数和储值会退回卡内，付款冲销。请写明原因：</source>
            <translation>Voiding returns the sessions and stored value this visit used to the cards and reverses its payments. Please give a reason:</translation>
        </message>
        <message>
            <source>放弃登记</source>
            <translation>Discard visit</translation>
        </message>
        <message>
            <source>输入的内容还没有保存，确定放弃吗？</source>
            <translation>What you entered has not been saved. Discard it?</translation>
        </message>
    </context>
    <context>
        <name>VisitLine</name>
        <message>
            <source>删除这一行</source>
            <translation>Remove this line</translation>
        </message>
        <message>
            <source>现付</source>
            <translation>Pay now</translation>
        </message>
        <message>
            <source>卡扣</source>
            <translation>From card</translation>
        </message>
    </context>
    <context>
        <name>WelcomeWizard</name>
        <message>
            <source>欢迎使用客情管家</source>
            <translation>Welcome to Salon Desk</translation>
        </message>
        <message>
            <source>下一步(&amp;N) &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>&lt; 上一步(&amp;B)</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>开始使用(&amp;S)</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>_PackageDialog</name>
        <message>
            <source>未指定</source>
            <translation>Not specified</translation>
        </message>
        <message>
            <source>付款合计 %1 元，应为 %2 元。</source>
            <translation>The payments add up to ¥%1; they should come to ¥%2.</translation>
        </message>
    </context>
    <context>
        <name>_RowTable</name>
        <message>
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>删除这一行</source>
            <translation>Delete this row</translation>
        </message>
    </context>
    <context>
        <name>access</name>
        <message>
            <source>4–8 位数字</source>
            <translation>4–8 digits</translation>
        </message>
        <message>
            <source>修改客户档案</source>
            <translation>edit client files</translation>
        </message>
        <message>
            <source>记录到店</source>
            <translation>record visits</translation>
        </message>
        <message>
            <source>更正或作废到店记录</source>
            <translation>correct or void visits</translation>
        </message>
        <message>
            <source>售卡和充值</source>
            <translation>sell cards and top up</translation>
        </message>
        <message>
            <source>调整卡内余额</source>
            <translation>adjust card balances</translation>
        </message>
        <message>
            <source>退卡</source>
            <translation>refund cards</translation>
        </message>
        <message>
            <source>处理提醒</source>
            <translation>handle reminders</translation>
        </message>
        <message>
            <source>查看营业金额</source>
            <translation>see takings</translation>
        </message>
        <message>
            <source>导出</source>
            <translation>export</translation>
        </message>
        <message>
            <source>删除</source>
            <translation>delete</translation>
        </message>
        <message>
            <source>修改设置</source>
            <translation>change settings</translation>
        </message>
        <message>
            <source>管理员工和密码</source>
            <translation>manage staff and PINs</translation>
        </message>
        <message>
            <source>备份和恢复</source>
            <translation>back up and restore</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>import</translation>
        </message>
        <message>
            <source>查看操作记录</source>
            <translation>view the audit log</translation>
        </message>
        <message>
            <source>修改项目和卡项</source>
            <translation>edit services and cards</translation>
        </message>
        <message>
            <source>登录</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>密码错误</source>
            <translation>Wrong PIN</translation>
        </message>
        <message>
            <source>设置密码</source>
            <translation>Set PIN</translation>
        </message>
        <message>
            <source>更正到店记录</source>
            <translation>Correct visit</translation>
        </message>
        <message>
            <source>作废到店记录</source>
            <translation>Void visit</translation>
        </message>
        <message>
            <source>售卡</source>
            <translation>Sell card</translation>
        </message>
        <message>
            <source>充值/续卡</source>
            <translation>Top up / renew</translation>
        </message>
        <message>
            <source>延期/激活</source>
            <translation>Extend / reactivate</translation>
        </message>
        <message>
            <source>彻底删除客户个人信息</source>
            <translation>Erase client's personal data</translation>
        </message>
        <message>
            <source>导出客户资料</source>
            <translation>Export client data</translation>
        </message>
        <message>
            <source>导入客户</source>
            <translation>Import clients</translation>
        </message>
        <message>
            <source>导出给会计</source>
            <translation>Export for the accountant</translation>
        </message>
        <message>
            <source>导出操作记录</source>
            <translation>Export audit log</translation>
        </message>
        <message>
            <source>员工和岗位</source>
            <translation>Staff and roles</translation>
        </message>
        <message>
            <source>员工离职</source>
            <translation>Staff member left</translation>
        </message>
        <message>
            <source>员工启用/停用</source>
            <translation>Staff activated/deactivated</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>产品</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>卡项</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>保存客户档案</source>
            <translation>Save client file</translation>
        </message>
        <message>
            <source>归档客户</source>
            <translation>Archive client</translation>
        </message>
        <message>
            <source>恢复客户</source>
            <translation>Restore client</translation>
        </message>
        <message>
            <source>分配美容师</source>
            <translation>Assign therapist</translation>
        </message>
        <message>
            <source>记录敏感信息同意</source>
            <translation>Record consent to sensitive data</translation>
        </message>
        <message>
            <source>撤回敏感信息同意</source>
            <translation>Withdraw consent to sensitive data</translation>
        </message>
        <message>
            <source>项目/产品/卡项停售或恢复</source>
            <translation>Service/product/card withdrawn or restored</translation>
        </message>
        <message>
            <source>赠送礼品</source>
            <translation>Gift given</translation>
        </message>
        <message>
            <source>处理投诉</source>
            <translation>Resolve complaint</translation>
        </message>
        <message>
            <source>导出提醒</source>
            <translation>Export reminders</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>员工</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>对象</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>微信</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>短信</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>当面</source>
            <translation>In person</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>客情管家</source>
            <translation>Salon Desk</translation>
        </message>
        <message>
            <source>这个数据库已在另一个客情管家窗口中打开：%1
请切换到那个窗口。</source>
            <translation>This database is already open in another Salon Desk window: %1
Please switch to that window.</translation>
        </message>
        <message>
            <source>无法打开数据库 %1：
%2</source>
            <translation>Could not open the database %1:
%2</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <source>备份与数据库不一致：%1</source>
            <translation>The backup does not match the database: %1</translation>
        </message>
        <message>
            <source>恢复后的数据与备份不一致，已还原为恢复前的数据：%1</source>
            <translation>The restored data does not match the backup, so the data from before the restore was put back: %1</translation>
        </message>
    </context>
    <context>
        <name>birthdays</name>
        <message>
            <source>正月</source>
            <translation>1st month</translation>
        </message>
        <message>
            <source>二月</source>
            <translation>2nd month</translation>
        </message>
        <message>
            <source>三月</source>
            <translation>3rd month</translation>
        </message>
        <message>
            <source>四月</source>
            <translation>4th month</translation>
        </message>
        <message>
            <source>五月</source>
            <translation>5th month</translation>
        </message>
        <message>
            <source>六月</source>
            <translation>6th month</translation>
        </message>
        <message>
            <source>七月</source>
            <translation>7th month</translation>
        </message>
        <message>
            <source>八月</source>
            <translation>8th month</translation>
        </message>
        <message>
            <source>九月</source>
            <translation>9th month</translation>
        </message>
        <message>
            <source>十月</source>
            <translation>10th month</translation>
        </message>
        <message>
            <source>冬月</source>
            <translation>11th month</translation>
        </message>
        <message>
            <source>腊月</source>
            <translation>12th month</translation>
        </message>
        <message>
            <source>初一</source>
            <translation>1st</translation>
        </message>
        <message>
            <source>初二</source>
            <translation>2nd</translation>
        </message>
        <message>
            <source>初三</source>
            <translation>3rd</translation>
        </message>
        <message>
            <source>初四</source>
            <translation>4th</translation>
        </message>
        <message>
            <source>初五</source>
            <translation>5th</translation>
        </message>
        <message>
            <source>初六</source>
            <translation>6th</translation>
        </message>
        <message>
            <source>初七</source>
            <translation>7th</translation>
        </message>
        <message>
            <source>初八</source>
            <translation>8th</translation>
        </message>
        <message>
            <source>初九</source>
            <translation>9th</translation>
        </message>
        <message>
            <source>初十</source>
            <translation>10th</translation>
        </message>
        <message>
            <source>十一</source>
            <translation>11th</translation>
        </message>
        <message>
            <source>十二</source>
            <translation>12th</translation>
        </message>
        <message>
            <source>十三</source>
            <translation>13th</translation>
        </message>
        <message>
            <source>十四</source>
            <translation>14th</translation>
        </message>
        <message>
            <source>十五</source>
            <translation>15th</translation>
        </message>
        <message>
            <source>十六</source>
            <translation>16th</translation>
        </message>
        <message>
            <source>十七</source>
            <translation>17th</translation>
        </message>
        <message>
            <source>十八</source>
            <translation>18th</translation>
        </message>
        <message>
            <source>十九</source>
            <translation>19th</translation>
        </message>
        <message>
            <source>二十</source>
            <translation>20th</translation>
        </message>
        <message>
            <source>廿一</source>
            <translation>21st</translation>
        </message>
        <message>
            <source>廿二</source>
            <translation>22nd</translation>
        </message>
        <message>
            <source>廿三</source>
            <translation>23rd</translation>
        </message>
        <message>
            <source>廿四</source>
            <translation>24th</translation>
        </message>
        <message>
            <source>廿五</source>
            <translation>25th</translation>
        </message>
        <message>
            <source>廿六</source>
            <translation>26th</translation>
        </message>
        <message>
            <source>廿七</source>
            <translation>27th</translation>
        </message>
        <message>
            <source>廿八</source>
            <translation>28th</translation>
        </message>
        <message>
            <source>廿九</source>
            <translation>29th</translation>
        </message>
        <message>
            <source>三十</source>
            <translation>30th</translation>
        </message>
        <message>
            <source>闰%1</source>
            <translation>leap %1</translation>
        </message>
        <message>
            <source>%1%2</source>
            <translation>%1, %2 day</translation>
        </message>
        <message>
            <source>农历%1年%2%3</source>
            <translation>%2, %3 day (lunar year %1)</translation>
        </message>
        <message>
            <source>农历%1%2</source>
            <translation>%1, %2 day (lunar)</translation>
        </message>
        <message>
            <source>%1（公历 %2）</source>
            <translation>%1 – next on %2</translation>
        </message>
        <message>
            <source>%1（农历%2）</source>
            <translation>%1 (lunar: %2)</translation>
        </message>
    </context>
    <context>
        <name>card_actions</name>
        <message>
            <source>充值</source>
            <translation>top-up</translation>
        </message>
        <message>
            <source>调整</source>
            <translation>adjustment</translation>
        </message>
    </context>
    <context>
        <name>cards</name>
        <message>
            <source>卡已用完：%1</source>
            <translation>Card used up: %1</translation>
        </message>
        <message>
            <source>谢谢她的信任，送一份小礼物，问问要不要续卡</source>
            <translation>Thank her for her trust, give a small gift and ask about renewing</translation>
        </message>
        <message>
            <source>储值卡余额不多：%1</source>
            <translation>Stored-value card running low: %1</translation>
        </message>
        <message>
            <source>余额 ¥%1，可以提醒续充</source>
            <translation>Balance ¥%1 – suggest a top-up</translation>
        </message>
        <message>
            <source>卡快用完了：%1</source>
            <translation>Card almost used up: %1</translation>
        </message>
        <message>
            <source>还剩 %1 次，可以提醒续卡</source>
            <translation>%1 sessions left – suggest renewing</translation>
        </message>
        <message>
            <source>还剩 %1 次</source>
            <translation>%1 sessions left</translation>
        </message>
        <message>
            <source>余额 ¥%1</source>
            <translation>balance ¥%1</translation>
        </message>
        <message>
            <source>不限次</source>
            <translation>unlimited sessions</translation>
        </message>
        <message>
            <source>卡快到期：%1</source>
            <translation>Card expiring soon: %1</translation>
        </message>
        <message>
            <source>%1 到期，%2</source>
            <translation>Expires %1, %2</translation>
        </message>
        <message>
            <source>卡很久没用：%1</source>
            <translation>Card unused for a long time: %1</translation>
        </message>
        <message>
            <source>上次使用 %1</source>
            <translation>Last used %1</translation>
        </message>
        <message>
            <source>%1 买的，还没用过</source>
            <translation>Bought %1, never used</translation>
        </message>
    </context>
    <context>
        <name>catalogue</name>
        <message>
            <source>可不填；字母或数字，开单时输入即可找到</source>
            <translation>Optional; letters or digits to find it quickly when ringing up a visit</translation>
        </message>
    </context>
    <context>
        <name>choices</name>
        <message>
            <source>女</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>男</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>干性</source>
            <translation>Dry</translation>
        </message>
        <message>
            <source>油性</source>
            <translation>Oily</translation>
        </message>
        <message>
            <source>混合性</source>
            <translation>Combination</translation>
        </message>
        <message>
            <source>中性</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>敏感性</source>
            <translation>Sensitive</translation>
        </message>
        <message>
            <source>痘痘/粉刺</source>
            <translation>Acne / blackheads</translation>
        </message>
        <message>
            <source>色斑</source>
            <translation>Pigmentation</translation>
        </message>
        <message>
            <source>皱纹</source>
            <translation>Wrinkles</translation>
        </message>
        <message>
            <source>缺水</source>
            <translation>Dehydration</translation>
        </message>
        <message>
            <source>红血丝</source>
            <translation>Broken capillaries</translation>
        </message>
        <message>
            <source>毛孔粗大</source>
            <translation>Enlarged pores</translation>
        </message>
        <message>
            <source>暗沉</source>
            <translation>Dullness</translation>
        </message>
        <message>
            <source>松弛</source>
            <translation>Sagging</translation>
        </message>
        <message>
            <source>黑眼圈</source>
            <translation>Dark circles</translation>
        </message>
        <message>
            <source>易过敏</source>
            <translation>Allergy-prone</translation>
        </message>
        <message>
            <source>爱聊天</source>
            <translation>Likes to chat</translation>
        </message>
        <message>
            <source>喜欢安静</source>
            <translation>Prefers quiet</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>微信</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>短信</source>
            <translation>Text message</translation>
        </message>
        <message>
            <source>路过进店</source>
            <translation>Walked in</translation>
        </message>
        <message>
            <source>老顾客介绍</source>
            <translation>Referred by a client</translation>
        </message>
        <message>
            <source>网络（大众点评/美团/小红书）</source>
            <translation>Online (Dianping/Meituan/Xiaohongshu)</translation>
        </message>
        <message>
            <source>微信/朋友圈</source>
            <translation>WeChat / Moments</translation>
        </message>
        <message>
            <source>传单/活动</source>
            <translation>Flyer / promotion</translation>
        </message>
        <message>
            <source>配偶</source>
            <translation>Spouse</translation>
        </message>
        <message>
            <source>子女</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>父母</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>兄弟姐妹</source>
            <translation>Sibling</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>结婚</source>
            <translation>Wedding</translation>
        </message>
        <message>
            <source>生子</source>
            <translation>New baby</translation>
        </message>
        <message>
            <source>纪念日</source>
            <translation>Anniversary</translation>
        </message>
        <message>
            <source>生病</source>
            <translation>Illness</translation>
        </message>
        <message>
            <source>丧事</source>
            <translation>Bereavement</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>Therapist</translation>
        </message>
        <message>
            <source>前台</source>
            <translation>Front desk</translation>
        </message>
        <message>
            <source>店长</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>老板</source>
            <translation>Owner</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>是不是“%1”？</source>
            <translation>Did you mean '%1'? </translation>
        </message>
        <message>
            <source>没有“%1”这个子命令。%2可用的子命令：%3 / unknown subcommand '%1'; known: %3</source>
            <translation>Unknown subcommand '%1'. %2Known subcommands: %3</translation>
        </message>
        <message>
            <source>客情管家 Salon Desk：美容院、SPA、汗蒸馆的客户档案、专属美容师、护理记录和提醒。

不带子命令运行时打开窗口：python main.py [--db PATH]
Without a subcommand the window opens on the database file (default: see --db).
With a subcommand it works on the command line instead; `python main.py SUBCOMMAND --help` for details.</source>
            <translation>Salon Desk: client files, own therapists, treatment records and reminders for beauty salons, spas and sauna parlours.

Without a subcommand the window opens on the database file: python main.py [--db PATH]
With a subcommand it works on the command line instead; `python main.py SUBCOMMAND --help` for details.</translation>
        </message>
        <message>
            <source>数据库文件（默认：环境变量 %1，否则应用数据目录下的 salon.db，当前为 %2）/ database file</source>
            <translation>database file (default: the %1 environment variable, else salon.db in the application data folder; now %2)</translation>
        </message>
        <message>
            <source>输出的语言（默认：设置里选的语言，否则跟随系统）/ language of the output</source>
            <translation>language of the output (default: the one chosen in the settings, else the system's)</translation>
        </message>
        <message>
            <source>子命令 / subcommands</source>
            <translation>subcommands</translation>
        </message>
        <message>
            <source>错误：%1</source>
            <translation>Error: %1</translation>
        </message>
        <message>
            <source>已中断，未完成的操作没有写入。</source>
            <translation>Interrupted; nothing unfinished was written.</translation>
        </message>
        <message>
            <source>数据库操作失败：%1</source>
            <translation>Database operation failed: %1</translation>
        </message>
        <message>
            <source>内部错误（%1）：%2。设置 %3=1 可查看详细信息。</source>
            <translation>Internal error (%1): %2. Set %3=1 to see the details.</translation>
        </message>
        <message>
            <source>数据库文件 %1 已损坏：请从备份恢复（python main.py restore）。</source>
            <translation>The database file %1 is damaged: please restore it from a backup (python main.py restore).</translation>
        </message>
        <message>
            <source>数据库文件 %1 已损坏（%2）：请从备份恢复。</source>
            <translation>The database file %1 is damaged (%2): please restore it from a backup.</translation>
        </message>
        <message>
            <source>无法打开数据库 %1：%2</source>
            <translation>Cannot open the database %1: %2</translation>
        </message>
        <message>
            <source>数据库文件 %1 读不出来（%2）：已损坏，请从备份恢复。</source>
            <translation>The database file %1 cannot be read (%2): it is damaged, please restore it from a backup.</translation>
        </message>
        <message>
            <source>数据库文件不存在：%1</source>
            <translation>Database file not found: %1</translation>
        </message>
        <message>
            <source>客户人数（默认 300）</source>
            <translation>number of clients (default 300)</translation>
        </message>
        <message>
            <source>历史跨越的月数：客户的建档日期和到店记录分布在最近 M 个月内（默认 24）</source>
            <translation>months of history: clients' sign-up dates and visits fall within the last M months (default 24)</translation>
        </message>
        <message>
            <source>随机种子：同一种子（同一天）生成完全相同的数据（默认 1）</source>
            <translation>random seed: the same seed (on the same day) makes exactly the same data (default 1)</translation>
        </message>
        <message>
            <source>正在生成演示数据… %1%</source>
            <translation>Making demo data… %1%</translation>
        </message>
        <message>
            <source>生成演示数据（仅限空数据库）/ fill an empty database with demo data</source>
            <translation>fill an empty database with demo data</translation>
        </message>
        <message>
            <source>在空数据库里生成一家美容院的演示数据：员工和美容师、客户档案（中文姓名、电话、公历/农历生日、肤质和皮肤问题、偏好、家人生日、纪念日）、专属美容师及其历史；服务项目、零售产品和卡项（次卡、年卡/月卡、储值卡），以及 M 个月的到店记录：常客、持卡客、散客、流失的客户，组合付款、储值卡付款、作废和更正、客诉和满意度、到期和退卡。
数据库里已有客户、员工或项目资料时拒绝执行（退出码 1），以免演示数据混进真实数据。</source>
            <translation>Fill an empty database with a beauty salon's demo data: staff and therapists, client files (Chinese names, phone numbers, solar/lunar birthdays, skin types and concerns, preferences, family birthdays, anniversaries), own therapists and their history; services, retail products and cards (session cards, annual/monthly cards, stored-value cards), and M months of visits: regulars, card holders, walk-in clients, lapsed clients, split payments, stored-value payments, voids and corrections, complaints and satisfaction, expiries and card refunds.
Refused (exit code 1) when the database already holds clients, staff or services, so that demo data never mixes with real data.</translation>
        </message>
        <message>
            <source>演示数据已写入 %1</source>
            <translation>Demo data written to %1</translation>
        </message>
        <message>
            <source>  %1：%2</source>
            <translation>  %1: %2</translation>
        </message>
        <message>
            <source>用时 %1 秒（种子 %2，%3 个月）</source>
            <translation>Took %1 s (seed %2, %3 months)</translation>
        </message>
        <message>
            <source>输出：每位客户一行，字段以制表符分隔 / one tab-separated line per client:
  编号 id, 姓名 name, 电话 phone, 生日 birthday, 肤质 skin type, 专属美容师 assigned therapist
生日格式 / birthday format:
  公历 solar: YYYY-MM-DD，不知道年份时 MM-DD
  农历 lunar: 农历YYYY年M月D日，不知道年份时 农历M月D日，闰月写作 农历闰M月D日
  未登记为空 / empty when unknown
排序按姓名拼音 / sorted by name (pinyin).
示例 / example: python main.py clients --db salon.db --search zxm</source>
            <translation>Output: one tab-separated line per client:
  id, name, phone, birthday, skin type, own therapist
Birthday format:
  solar: YYYY-MM-DD, MM-DD when the year is unknown
  lunar: 农历YYYY年M月D日, 农历M月D日 when the year is unknown, a leap month as 农历闰M月D日
  empty when unknown
Sorted by name (pinyin).
Example: python main.py clients --db salon.db --search zxm</translation>
        </message>
        <message>
            <source>搜索：姓名、拼音首字母或全拼、手机号或尾号、标签（空格分隔的词都要匹配）</source>
            <translation>search: name, pinyin initials or full pinyin, phone number or its last digits, tags (every space-separated word must match)</translation>
        </message>
        <message>
            <source>同时列出已归档的客户</source>
            <translation>list archived clients too</translation>
        </message>
        <message>
            <source>列出/搜索客户（制表符分隔）/ list matching clients, tab-separated</source>
            <translation>list matching clients, tab-separated</translation>
        </message>
        <message>
            <source>检查内容 / what is checked:
  SQLite 的 integrity_check 和 foreign_key_check；
  每张卡记录的剩余次数、本金、赠送金额等于台账之和，任何时候都不为负，状态与剩余相符；
  售卡、充值、退卡的收付等于对应的付款；到店记录的合计等于明细之和，明细金额 = 数量 × 单价 − 优惠；
  未作废的到店记录实收（冲正后）等于未用卡抵扣的明细之和，每次用卡抵扣都有台账；作废的记录付款和卡都已全部退回。
输出 / output:
  没有问题时打印以 OK 开头的一行（含数量），退出码 0；
  有问题时每个问题一行（[代码] 说明，含记录编号），退出码 1。</source>
            <translation>What is checked:
  SQLite's integrity_check and foreign_key_check;
  each card's stored sessions, principal and bonus equal the sums of its ledger, are never negative, and its status matches the balance;
  money taken or paid out for sales, top-ups and refunds equals their payments; a visit's total is the sum of its lines, a line's amount = quantity × unit price − discount;
  what a standing visit received (after reversals) equals its lines not paid by card, every card deduction has its ledger line; a void visit's payments and cards are all given back.
Output:
  no problems: one line starting with OK (with the counts), exit code 0;
  problems: one line each ([code] description, with record numbers), exit code 1.</translation>
        </message>
        <message>
            <source>检查数据库完整性和账目规则 / verify the database and its invariants</source>
            <translation>verify the database and its bookkeeping rules</translation>
        </message>
        <message>
            <source>数据库文件已损坏：请从备份恢复（python main.py restore）。</source>
            <translation>The database file is damaged: please restore it from a backup (python main.py restore).</translation>
        </message>
        <message>
            <source>OK：数据库完好，账目一致（客户 %1，到店记录 %2，其中作废 %3；卡 %4 张，台账 %5 行，付款 %6 笔）</source>
            <translation>OK: the database is sound and the books agree (clients %1, visits %2, of which void %3; cards %4, ledger lines %5, payments %6)</translation>
        </message>
        <message>
            <source>[%1] …另有 %2 个同类问题</source>
            <translation>[%1] …and %2 more problems of this kind</translation>
        </message>
        <message>
            <source>发现 %1 个问题，见上。</source>
            <translation>Found %1 problems, see above.</translation>
        </message>
        <message>
            <source>从哪天起（默认今天）</source>
            <translation>from which day (default today)</translation>
        </message>
        <message>
            <source>之后几天（默认 7，0–60）</source>
            <translation>how many days after it (default 7, 0–60)</translation>
        </message>
        <message>
            <source>日期“%1”应写成 YYYY-MM-DD</source>
            <translation>the date '%1' should be written YYYY-MM-DD</translation>
        </message>
        <message>
            <source>提醒清单：生日、回访、流失预警、卡项、节日 / the reminder list as text</source>
            <translation>the reminder list as text: birthdays, follow-up calls, lapsing clients, cards, holidays</translation>
        </message>
        <message>
            <source>打印某天起 N 天内要联系的客户：投诉与不满意回访、护理回访、关心问候、生日（含农历和家人）、纪念日、卡项（快用完、快到期、很久没用、刚用完）、流失预警和节日问候（附问候语），已逾期的排在前面。已完成、已忽略的不再出现，暂缓的到日期再出现。</source>
            <translation>Print the clients to contact in the N days from a day: complaint and dissatisfaction follow-ups, treatment follow-up calls, check-ins, birthdays (lunar and family ones too), anniversaries, cards (nearly used up, expiring soon, long unused, just used up), lapsing clients and holiday greetings (with a greeting), overdue ones first. Done and dismissed ones no longer appear; postponed ones come back on their date.</translation>
        </message>
        <message>
            <source>--days 应在 0 到 60 之间。</source>
            <translation>--days should be between 0 and 60.</translation>
        </message>
        <message>
            <source>哪个月（默认上个月）</source>
            <translation>which month (default last month)</translation>
        </message>
        <message>
            <source>或者一段日期：从哪天</source>
            <translation>or a range of dates: from which day</translation>
        </message>
        <message>
            <source>到哪天（含）</source>
            <translation>to which day (inclusive)</translation>
        </message>
        <message>
            <source>请用 --month，或者同时给出 --from 和 --to。</source>
            <translation>Use --month, or give both --from and --to.</translation>
        </message>
        <message>
            <source>月度报表：收款、耗、客户、项目、美容师、预收款 / the monthly review as text</source>
            <translation>the monthly review as text: takings, consumption, clients, services, therapists, prepaid liability</translation>
        </message>
        <message>
            <source>打印一个月（或 --from/--to 一段日期）的报表：实收（按付款方式和来源）、耗（确认收入）、客户消费与占比、包年/包月/流动、ABC 分类、社区、到店频率、新客/回头/流失、项目和产品排行、美容师业绩与提成、预收款滚动（期初 + 售卡 + 充值 − 耗卡 − 退卡 − 过期 = 期末）。</source>
            <translation>Print the review of a month (or of the dates --from/--to): takings (by payment method and source), consumption (recognised revenue), client spend and shares, annual-card/monthly-card/walk-in clients, ABC classes, communities, visit frequency, new/returning/lapsed clients, service and product rankings, therapists' sales and commission, prepaid liability roll-forward (opening + sales + top-ups − used − refunds − expired = closing).</translation>
        </message>
        <message>
            <source>写到哪个文件</source>
            <translation>the file to write</translation>
        </message>
        <message>
            <source>给会计的 Excel：汇总、销售明细、收款、售卡充值、耗卡、预收款、在用卡、提成、客户 / the accountant's workbook</source>
            <translation>the accountant's workbook: summary, sales, takings, card sales and top-ups, card use, prepaid liability, open cards, commission, clients</translation>
        </message>
        <message>
            <source>把一个月（或 --from/--to 一段日期）写成一个 .xlsx：汇总（按发票分类）、销售明细、收款、售卡/充值、耗卡、预收款滚动、期末在用卡、提成、客户。先写临时文件，完成后再改名，中途失败不会留下半个文件。</source>
            <translation>Write a month (or the dates --from/--to) as one .xlsx: summary (by invoice category), sales, takings, card sales/top-ups, card use, prepaid liability roll-forward, open cards at the end, commission, clients. A temporary file is written and renamed when complete, so a failure never leaves half a file.</translation>
        </message>
        <message>
            <source>输出文件应以 .xlsx 结尾。</source>
            <translation>The output file should end in .xlsx.</translation>
        </message>
        <message>
            <source>无法写入 %1：%2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>已写入 %1（%2）</source>
            <translation>Written %1 (%2)</translation>
        </message>
        <message>
            <source>客户表：.xlsx 或 .csv（UTF-8、GBK/GB18030、Big5 自动识别）</source>
            <translation>client list: .xlsx or .csv (UTF-8, GBK/GB18030 and Big5 are recognised)</translation>
        </message>
        <message>
            <source>只报告将会新建、合并和拒绝什么，不写入</source>
            <translation>only report what would be created, merged and refused; write nothing</translation>
        </message>
        <message>
            <source>工作表名称（默认：最像客户表的那一张）</source>
            <translation>sheet name (default: the one that looks most like a client list)</translation>
        </message>
        <message>
            <source>表里的美容师不在员工名单里时，新建为美容师（默认记入客户备注）</source>
            <translation>add therapists named in the file who are not on the staff list (default: keep them in the client's notes)</translation>
        </message>
        <message>
            <source>表里的客户已单独同意记录过敏信息（敏感个人信息）：导入过敏一列；不加时这一列不导入</source>
            <translation>the clients in the file have separately consented to their allergies being recorded (sensitive personal data): import the allergies column; without this the column is left out</translation>
        </message>
        <message>
            <source>从 Excel/CSV 导入客户 / import clients from an old spreadsheet</source>
            <translation>import clients from an old spreadsheet (Excel/CSV)</translation>
        </message>
        <message>
            <source>把美容院原来的客户表导入：自动找到表头（简体、繁体或英文），统一电话和生日的写法，同一电话的行合并（表内或与已有客户），缺姓名、电话或日期不对的行拒绝并写明行号和原因。整个导入是一个事务：失败或中断时什么都不写。
退出码：0 文件已处理（被拒绝的行列在报告里）；1 文件读不了（不是表格、空文件、找不到表头、有密码）。</source>
            <translation>Import the salon's old client list: the header row is found by itself (Simplified, Traditional Chinese or English), phones and birthdays are written one way, rows with the same phone are merged (within the file or with existing clients), rows without a name, with a bad phone or date are refused with their row number and reason. The whole import is one transaction: nothing is written when it fails or is interrupted.
Exit codes: 0 the file was processed (refused rows are listed in the report); 1 the file cannot be read (not a spreadsheet, empty, no header row, password-protected).</translation>
        </message>
        <message>
            <source>备份到这个文件（默认：数据库旁的 backups 文件夹，带日期，并轮换旧备份）</source>
            <translation>back up to this file (default: the backups folder beside the database, dated, with old backups rotated)</translation>
        </message>
        <message>
            <source>客户 %1，到店记录 %2，卡 %3，收付款 %4 笔</source>
            <translation>clients %1, visits %2, cards %3, payments %4</translation>
        </message>
        <message>
            <source>备份数据库 / back up the database</source>
            <translation>back up the database</translation>
        </message>
        <message>
            <source>用 SQLite 的在线备份接口复制数据库（运行中的窗口不受影响），写入临时文件，核对完整性、每张表的行数和金额合计与原库一致后才改成正式文件名。不指定 --to 时放进数据库旁的 backups 文件夹，并保留最近 7 天、4 周、12 个月各一份。</source>
            <translation>Copy the database with SQLite's online backup (a running window is not disturbed) into a temporary file, which gets its final name only once its integrity, each table's row count and money totals match the database. Without --to it goes into the backups folder beside the database, keeping one for each of the last 7 days, 4 weeks and 12 months.</translation>
        </message>
        <message>
            <source>无法写入备份：%1</source>
            <translation>Cannot write the backup: %1</translation>
        </message>
        <message>
            <source>已备份到 %1（%2）</source>
            <translation>Backed up to %1 (%2)</translation>
        </message>
        <message>
            <source>要恢复的备份文件</source>
            <translation>the backup file to restore</translation>
        </message>
        <message>
            <source>从备份恢复 / restore the database from a backup</source>
            <translation>restore the database from a backup</translation>
        </message>
        <message>
            <source>先检查备份文件（完整性、是否客情管家的数据库、版本），再把当前数据库另存为 *_pre_restore-日期.db，然后用备份替换当前数据；任何一步不通过都不替换。</source>
            <translation>Check the backup file first (integrity, a Salon Desk database, version), then save the current database as *_pre_restore-date.db, then replace the current data with the backup; nothing is replaced if any step fails.</translation>
        </message>
        <message>
            <source>无法恢复：%1</source>
            <translation>Cannot restore: %1</translation>
        </message>
        <message>
            <source>已从 %1 恢复（%2）；恢复前的数据保存在 %3</source>
            <translation>Restored from %1 (%2); the data from before the restore is kept in %3</translation>
        </message>
    </context>
    <context>
        <name>confirm</name>
        <message>
            <source>%1：%2，超过了提醒金额 ¥%3。</source>
            <translation>%1: %2, more than the alert amount of ¥%3.</translation>
        </message>
        <message>
            <source>赠送 %1，比实付的 ¥%2 还多。</source>
            <translation>Bonus %1 is more than the ¥%2 actually paid.</translation>
        </message>
        <message>
            <source>%1 的数量是 %2（%3）。</source>
            <translation>The quantity of %1 is %2 (%3).</translation>
        </message>
        <message>
            <source>到店日期 %1 是 %2 天以前。</source>
            <translation>The visit date %1 is %2 days ago.</translation>
        </message>
        <message>
            <source>确定没有输错吗？</source>
            <translation>Are you sure this is correct?</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>1月</source>
            <translation>January</translation>
        </message>
        <message>
            <source>2月</source>
            <translation>February</translation>
        </message>
        <message>
            <source>3月</source>
            <translation>March</translation>
        </message>
        <message>
            <source>4月</source>
            <translation>April</translation>
        </message>
        <message>
            <source>5月</source>
            <translation>May</translation>
        </message>
        <message>
            <source>6月</source>
            <translation>June</translation>
        </message>
        <message>
            <source>7月</source>
            <translation>July</translation>
        </message>
        <message>
            <source>8月</source>
            <translation>August</translation>
        </message>
        <message>
            <source>9月</source>
            <translation>September</translation>
        </message>
        <message>
            <source>10月</source>
            <translation>October</translation>
        </message>
        <message>
            <source>11月</source>
            <translation>November</translation>
        </message>
        <message>
            <source>12月</source>
            <translation>December</translation>
        </message>
        <message>
            <source>M月d日</source>
            <translation>d MMMM</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>MM-dd</source>
            <translation>d MMMM</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>客情管家</source>
            <translation>Salon Desk</translation>
        </message>
        <message>
            <source>保存为 PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>无法保存 %1：文件夹不存在或没有写入权限。</source>
            <translation>Could not save %1: the folder does not exist or cannot be written to.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>%1没有“%2”的权限。</source>
            <translation>%1 may not %2.</translation>
        </message>
        <message>
            <source>%1 只能处理自己的客户。</source>
            <translation>%1 may only work on her own clients.</translation>
        </message>
        <message>
            <source>密码应为 %1–%2 位数字。</source>
            <translation>The PIN should be %1–%2 digits.</translation>
        </message>
        <message>
            <source>%1 已停用。</source>
            <translation>%1 is deactivated.</translation>
        </message>
        <message>
            <source>%1 还没有设置密码，请老板为她设置。</source>
            <translation>%1 has no PIN yet: the owner should set one for her.</translation>
        </message>
        <message>
            <source>密码不对，还可以再试 %1 次。</source>
            <translation>Wrong PIN; %1 tries left.</translation>
        </message>
        <message>
            <source>密码错误次数太多，请在 %1 后再试。</source>
            <translation>Too many wrong PINs: try again after %1.</translation>
        </message>
        <message>
            <source>文字无效。</source>
            <translation>Invalid text.</translation>
        </message>
        <message>
            <source>回访天数“%1”应为 1–365 的天数，用逗号分开，例如 1,7。</source>
            <translation>Follow-up days “%1” should be days from 1 to 365, separated by commas, e.g. 1,7.</translation>
        </message>
        <message>
            <source>简码“%1”应为 1–%2 个字母或数字。</source>
            <translation>The short code “%1” should be 1–%2 letters or digits.</translation>
        </message>
        <message>
            <source>简码“%1”已被另一个在售项目或产品使用。</source>
            <translation>The short code “%1” is already used by another service or product on sale.</translation>
        </message>
        <message>
            <source>已有一个在售的“%1”，请换个名称或先停用那一个。</source>
            <translation>“%1” is already on sale: choose another name or withdraw that one first.</translation>
        </message>
        <message>
            <source>时长应为 0–1440 分钟。</source>
            <translation>The duration should be 0–1440 minutes.</translation>
        </message>
        <message>
            <source>所选项目不存在。</source>
            <translation>The chosen service does not exist.</translation>
        </message>
        <message>
            <source>卡类型无效。</source>
            <translation>Invalid card type.</translation>
        </message>
        <message>
            <source>次数应为 1–10000。</source>
            <translation>Sessions should be 1–10000.</translation>
        </message>
        <message>
            <source>赠送次数应为 0–10000。</source>
            <translation>Bonus sessions should be 0–10000.</translation>
        </message>
        <message>
            <source>有效天数应为 1–3660 天。</source>
            <translation>Validity should be 1–3660 days.</translation>
        </message>
        <message>
            <source>次卡要填写次数（至少 1 次）。</source>
            <translation>A session card needs its number of sessions (at least 1).</translation>
        </message>
        <message>
            <source>不限次的年卡/月卡不能再赠送次数。</source>
            <translation>An unlimited annual/monthly card cannot have bonus sessions.</translation>
        </message>
        <message>
            <source>赠送次数不能为负数。</source>
            <translation>Bonus sessions cannot be negative.</translation>
        </message>
        <message>
            <source>年卡/月卡要填写有效天数（如 365 或 30）。</source>
            <translation>An annual/monthly card needs its validity in days (e.g. 365 or 30).</translation>
        </message>
        <message>
            <source>储值卡要填写充值金额。</source>
            <translation>A stored-value card needs its top-up amount.</translation>
        </message>
        <message>
            <source>请勾选这张卡可以做的项目。</source>
            <translation>Tick the services this card can be used for.</translation>
        </message>
        <message>
            <source>日期 %1 月 %2 日不存在。</source>
            <translation>The date %2/%1 (day/month) does not exist.</translation>
        </message>
        <message>
            <source>请选择公历或农历生日。</source>
            <translation>Choose a solar or a lunar birthday.</translation>
        </message>
        <message>
            <source>生日需要月和日。</source>
            <translation>A birthday needs a month and a day.</translation>
        </message>
        <message>
            <source>出生年份 %1 不可能。</source>
            <translation>The year of birth %1 is not possible.</translation>
        </message>
        <message>
            <source>闰月只能是“是”或“否”。</source>
            <translation>Leap month can only be “yes” or “no”.</translation>
        </message>
        <message>
            <source>生日不能晚于今天。</source>
            <translation>The birthday cannot be after today.</translation>
        </message>
        <message>
            <source>农历 %1 月 %2 日不存在。</source>
            <translation>Lunar month %1, day %2 does not exist.</translation>
        </message>
        <message>
            <source>%1–%2 年间没有%3，请检查月份或填上出生年份。</source>
            <translation>No year from %1 to %2 has %3: check the month or fill in the year of birth.</translation>
        </message>
        <message>
            <source>农历%1年没有%2。</source>
            <translation>Lunar year %1 has no %2.</translation>
        </message>
        <message>
            <source>农历%1年%2没有%3（这个月只有%4天）。</source>
            <translation>In lunar year %1, %2 has no %3 (that month has only %4 days).</translation>
        </message>
        <message>
            <source>电话 %1 已登记在客户“%2”（编号 %3）名下。</source>
            <translation>The phone number %1 is already registered to client “%2” (no. %3).</translation>
        </message>
        <message>
            <source>所选员工不存在。</source>
            <translation>The chosen staff member does not exist.</translation>
        </message>
        <message>
            <source>%1 已停用，不能再分配新客户。</source>
            <translation>%1 is deactivated and cannot be given new clients.</translation>
        </message>
        <message>
            <source>姓名最多 %1 个字。</source>
            <translation>The name can be at most %1 characters long.</translation>
        </message>
        <message>
            <source>性别选项无效。</source>
            <translation>Invalid gender.</translation>
        </message>
        <message>
            <source>聊天偏好选项无效。</source>
            <translation>Invalid chat preference.</translation>
        </message>
        <message>
            <source>介绍人不能是客户本人。</source>
            <translation>A client cannot have referred herself.</translation>
        </message>
        <message>
            <source>介绍人不存在。</source>
            <translation>The referrer does not exist.</translation>
        </message>
        <message>
            <source>家庭成员关系无效。</source>
            <translation>Invalid family relation.</translation>
        </message>
        <message>
            <source>纪念日类型无效。</source>
            <translation>Invalid kind of anniversary.</translation>
        </message>
        <message>
            <source>请填写事件日期。</source>
            <translation>Fill in the date of the event.</translation>
        </message>
        <message>
            <source>客户撤回了同意：请先清空过敏、禁忌和皮肤问题，再保存。</source>
            <translation>The client withdrew her consent: clear the allergies, contraindications and skin concerns first, then save.</translation>
        </message>
        <message>
            <source>过敏、禁忌和皮肤问题属于敏感个人信息：请先取得客户的单独同意，勾选“客户已同意”后再保存。</source>
            <translation>Allergies, contraindications and skin concerns are sensitive personal data: get the client's separate consent first, tick “Client has consented”, then save.</translation>
        </message>
        <message>
            <source>请选择另一位美容师。</source>
            <translation>Choose another therapist.</translation>
        </message>
        <message>
            <source>在工作表“%1”的前 %2 行里找不到表头：需要一行写着“姓名”和至少另一项（如“电话”“生日”）。</source>
            <translation>No header row in the first %2 rows of sheet “%1”: a row needs “姓名” (name) and at least one more field (such as “电话” phone or “生日” birthday).</translation>
        </message>
        <message>
            <source>在文件的前 %2 行里找不到表头：需要一行写着“姓名”和至少另一项（如“电话”“生日”）。</source>
            <translation>No header row in the first %2 rows of the file: a row needs “姓名” (name) and at least one more field (such as “电话” phone or “生日” birthday).</translation>
        </message>
        <message>
            <source>没有姓名。</source>
            <translation>No name.</translation>
        </message>
        <message>
            <source>这一行的电话分别属于两位不同的客户，请先核对是哪一位。</source>
            <translation>The phone numbers of this row belong to two different clients: check which one it is first.</translation>
        </message>
        <message>
            <source>文件里没有名为“%1”的工作表。</source>
            <translation>The file has no sheet named “%1”.</translation>
        </message>
        <message>
            <source>打不开文件 %1：%2</source>
            <translation>Cannot open the file %1: %2</translation>
        </message>
        <message>
            <source>文件 %1 是空的。</source>
            <translation>The file %1 is empty.</translation>
        </message>
        <message>
            <source>%1 设有打开密码：请在 Excel 里去掉密码后另存，再导入。</source>
            <translation>%1 is password-protected: remove the password in Excel and save it again, then import it.</translation>
        </message>
        <message>
            <source>%1 是旧版 Excel（.xls）文件：请在 Excel 里“另存为 .xlsx”后再导入。</source>
            <translation>%1 is an old Excel (.xls) file: “Save as .xlsx” in Excel, then import it.</translation>
        </message>
        <message>
            <source>%1 不是能读的 Excel 工作簿（文件已损坏或不是 Excel 保存的）。</source>
            <translation>%1 is not a readable Excel workbook (the file is damaged or was not saved by Excel).</translation>
        </message>
        <message>
            <source>%1 不是能读的 Excel 工作簿（%2）。</source>
            <translation>%1 is not a readable Excel workbook (%2).</translation>
        </message>
        <message>
            <source>%1 已损坏，读不出来（%2）。</source>
            <translation>%1 is damaged and cannot be read (%2).</translation>
        </message>
        <message>
            <source>%1 里没有任何数据。</source>
            <translation>%1 holds no data.</translation>
        </message>
        <message>
            <source>%1 不是 Excel 工作簿，也不是 CSV 文本文件。</source>
            <translation>%1 is neither an Excel workbook nor a CSV text file.</translation>
        </message>
        <message>
            <source>%1 的文字编码认不出来：请在 Excel 里另存为 .xlsx 再导入。</source>
            <translation>The text encoding of %1 is not recognised: save it as .xlsx in Excel, then import it.</translation>
        </message>
        <message>
            <source>电话号码“%1”格式不对。</source>
            <translation>The phone number “%1” is not valid.</translation>
        </message>
        <message>
            <source>生日“%1”看不懂：请写成 1985-03-12、1985.3.12、3月12日或农历八月十五。</source>
            <translation>The birthday “%1” cannot be read: write it as 1985-03-12, 1985.3.12, 3月12日 or 农历八月十五 (lunar).</translation>
        </message>
        <message>
            <source>日期应在 %1 年到 %2 年之间。</source>
            <translation>The date should be between the years %1 and %2.</translation>
        </message>
        <message>
            <source>日期无效。</source>
            <translation>Invalid date.</translation>
        </message>
        <message>
            <source>请填写金额。</source>
            <translation>Fill in the amount.</translation>
        </message>
        <message>
            <source>金额“%1”无效：应为不小于 0 的数，最多两位小数。</source>
            <translation>“%1” is not a valid amount: a number of at least 0 with at most two decimals.</translation>
        </message>
        <message>
            <source>金额 %1 元超过 %2 元，请检查是否多输了几位。</source>
            <translation>The amount ¥%1 is more than ¥%2: check for extra digits.</translation>
        </message>
        <message>
            <source>金额“%1”无效：应为整数分。</source>
            <translation>“%1” is not a valid amount: it should be a whole number of fen.</translation>
        </message>
        <message>
            <source>金额不能为负数。</source>
            <translation>The amount cannot be negative.</translation>
        </message>
        <message>
            <source>“%1”已退卡，不能延期。</source>
            <translation>“%1” has been refunded and cannot be extended.</translation>
        </message>
        <message>
            <source>“%1”长期有效，不需要延期。</source>
            <translation>“%1” never expires and needs no extension.</translation>
        </message>
        <message>
            <source>新的到期日要晚于原到期日 %1。</source>
            <translation>The new expiry date must be after the old one, %1.</translation>
        </message>
        <message>
            <source>新的到期日 %1 已经过去了。</source>
            <translation>The new expiry date %1 has already passed.</translation>
        </message>
        <message>
            <source>“%1”已退卡，不能%2。</source>
            <translation>“%1” has been refunded: no %2 is possible.</translation>
        </message>
        <message>
            <source>“%1”已过期，不能%2。</source>
            <translation>“%1” has expired: no %2 is possible.</translation>
        </message>
        <message>
            <source>次数应为 %1–%2 的整数。</source>
            <translation>Sessions should be a whole number from %1 to %2.</translation>
        </message>
        <message>
            <source>“%1”已停售。</source>
            <translation>“%1” is no longer sold.</translation>
        </message>
        <message>
            <source>付款合计应等于售价 %1 元。</source>
            <translation>The payments should add up to the price, ¥%1.</translation>
        </message>
        <message>
            <source>开始日期 %1 太早：这张卡在售出前就已过期。</source>
            <translation>The start date %1 is too early: the card would have expired before it was sold.</translation>
        </message>
        <message>
            <source>请填写充值金额。</source>
            <translation>Fill in the top-up amount.</translation>
        </message>
        <message>
            <source>续卡要填写增加的次数。</source>
            <translation>A renewal needs the number of sessions added.</translation>
        </message>
        <message>
            <source>年卡/月卡不能充值，请另售一张新卡。</source>
            <translation>An annual/monthly card cannot be topped up: sell a new card instead.</translation>
        </message>
        <message>
            <source>手工调整必须写明原因。</source>
            <translation>A manual adjustment needs a reason.</translation>
        </message>
        <message>
            <source>调整金额无效。</source>
            <translation>Invalid adjustment amount.</translation>
        </message>
        <message>
            <source>调整数量不能为 0。</source>
            <translation>The adjustment cannot be 0.</translation>
        </message>
        <message>
            <source>赠送的金额请记入“赠送”，本金只能由客户付款增加。</source>
            <translation>Put a free amount under “Bonus”: the principal only grows by what the client pays.</translation>
        </message>
        <message>
            <source>次卡只能调整次数。</source>
            <translation>A session card can only have its sessions adjusted.</translation>
        </message>
        <message>
            <source>储值卡只能调整金额。</source>
            <translation>A stored-value card can only have its amounts adjusted.</translation>
        </message>
        <message>
            <source>不限次的年卡/月卡没有次数可调整。</source>
            <translation>An unlimited annual/monthly card has no sessions to adjust.</translation>
        </message>
        <message>
            <source>“%1”剩余不足，不能减这么多。</source>
            <translation>“%1” does not have that much left to take off.</translation>
        </message>
        <message>
            <source>“%1”不是这位客户的卡。</source>
            <translation>“%1” is not this client's card.</translation>
        </message>
        <message>
            <source>“%1”已退卡，不能再用。</source>
            <translation>“%1” has been refunded and can no longer be used.</translation>
        </message>
        <message>
            <source>“%1”已过期，不能再用。</source>
            <translation>“%1” has expired and can no longer be used.</translation>
        </message>
        <message>
            <source>“%1”已于 %2 到期，不能再用。</source>
            <translation>“%1” expired on %2 and can no longer be used.</translation>
        </message>
        <message>
            <source>“%1”还没到开始日期。</source>
            <translation>“%1” has not started yet.</translation>
        </message>
        <message>
            <source>储值卡请在付款里选择“储值卡”支付。</source>
            <translation>For a stored-value card, choose “Stored-value card” in the payments.</translation>
        </message>
        <message>
            <source>“%1”不包含“%2”。</source>
            <translation>“%1” does not cover “%2”.</translation>
        </message>
        <message>
            <source>“%1”只剩 %2 次，不够扣 %3 次。</source>
            <translation>“%1” has only %2 sessions left, not enough for %3.</translation>
        </message>
        <message>
            <source>“%1”不是储值卡。</source>
            <translation>“%1” is not a stored-value card.</translation>
        </message>
        <message>
            <source>“%1”余额 %2 元，不够支付 %3 元。</source>
            <translation>The balance of “%1”, ¥%2, is not enough to pay ¥%3.</translation>
        </message>
        <message>
            <source>所选的卡不存在。</source>
            <translation>The chosen card does not exist.</translation>
        </message>
        <message>
            <source>付款方式无效。</source>
            <translation>Invalid payment method.</translation>
        </message>
        <message>
            <source>储值卡付款要选择一张储值卡。</source>
            <translation>A stored-value payment needs a stored-value card.</translation>
        </message>
        <message>
            <source>电话号码“%1”格式不对：手机应为 11 位数字（如 138 1234 5678），座机请带区号。</source>
            <translation>The phone number “%1” is not valid: a mobile has 11 digits (e.g. 138 1234 5678); give a landline with its area code.</translation>
        </message>
        <message>
            <source>请填写整数。</source>
            <translation>Fill in a whole number.</translation>
        </message>
        <message>
            <source>提成方式无效。</source>
            <translation>Invalid commission basis.</translation>
        </message>
        <message>
            <source>天数或次数应在 0–3660 之间。</source>
            <translation>Days or sessions should be between 0 and 3660.</translation>
        </message>
        <message>
            <source>提醒余额无效。</source>
            <translation>Invalid reminder balance.</translation>
        </message>
        <message>
            <source>ABC 分类的两个比例应满足 0 &lt; A &lt; B ≤ 100。</source>
            <translation>The two ABC shares must satisfy 0 &lt; A &lt; B ≤ 100.</translation>
        </message>
        <message>
            <source>提醒金额应在 0.01 与 %1 元之间。</source>
            <translation>The confirmation amount should be between ¥0.01 and ¥%1.</translation>
        </message>
        <message>
            <source>提成比例“%1”应为 0–100 之间的百分数。</source>
            <translation>The commission rate “%1” should be a percentage from 0 to 100.</translation>
        </message>
        <message>
            <source>已有一位在职的“%1”，请加上区分（如“%1A”）。</source>
            <translation>There is already a “%1” on the staff: tell them apart (e.g. “%1A”).</translation>
        </message>
        <message>
            <source>岗位选项无效。</source>
            <translation>Invalid role.</translation>
        </message>
        <message>
            <source>%1 不是客情管家的备份（文件不存在或是空的）。</source>
            <translation>%1 is not a Salon Desk backup (the file does not exist or is empty).</translation>
        </message>
        <message>
            <source>%1 打不开：%2</source>
            <translation>%1 cannot be opened: %2</translation>
        </message>
        <message>
            <source>%1 不是数据库文件。</source>
            <translation>%1 is not a database file.</translation>
        </message>
        <message>
            <source>%1 已损坏：%2</source>
            <translation>%1 is damaged: %2</translation>
        </message>
        <message>
            <source>%1 不是客情管家的数据库。</source>
            <translation>%1 is not a Salon Desk database.</translation>
        </message>
        <message>
            <source>%1 来自更新版本的客情管家（数据版本 %2）。</source>
            <translation>%1 comes from a newer version of Salon Desk (data version %2).</translation>
        </message>
        <message>
            <source>%1无效。</source>
            <translation>Invalid %1.</translation>
        </message>
        <message>
            <source>%1里有无法保存的控制字符或文字方向符号，请删掉后重新输入。</source>
            <translation>The %1 contains control characters or text-direction marks that cannot be saved: delete them and type it again.</translation>
        </message>
        <message>
            <source>请填写%1。</source>
            <translation>Fill in the %1.</translation>
        </message>
        <message>
            <source>%1最多 %2 个字。</source>
            <translation>The %1 can be at most %2 characters long.</translation>
        </message>
        <message>
            <source>项目类型无效。</source>
            <translation>Invalid line type.</translation>
        </message>
        <message>
            <source>数量应为 1–%1。</source>
            <translation>The quantity should be 1–%1.</translation>
        </message>
        <message>
            <source>请至少添加一个项目或产品。</source>
            <translation>Add at least one service or product.</translation>
        </message>
        <message>
            <source>满意度应为 1–5。</source>
            <translation>Satisfaction should be 1–5.</translation>
        </message>
        <message>
            <source>产品不能用次卡抵扣。</source>
            <translation>A product cannot be paid for with a session card.</translation>
        </message>
        <message>
            <source>价格和优惠不能为负数。</source>
            <translation>Prices and discounts cannot be negative.</translation>
        </message>
        <message>
            <source>优惠不能超过金额。</source>
            <translation>The discount cannot be more than the amount.</translation>
        </message>
        <message>
            <source>到店时间不能晚于现在。</source>
            <translation>The visit cannot be later than now.</translation>
        </message>
        <message>
            <source>付款合计 %1 元，应付 %2 元，还差 %3 元。</source>
            <translation>Payments total ¥%1, due ¥%2: ¥%3 short.</translation>
        </message>
        <message>
            <source>付款合计 %1 元，应付 %2 元，多付了。</source>
            <translation>Payments total ¥%1, due ¥%2: too much paid.</translation>
        </message>
        <message>
            <source>修改已保存的记录要写明原因。</source>
            <translation>Changing a saved record needs a reason.</translation>
        </message>
        <message>
            <source>这条记录已作废，不能再修改。</source>
            <translation>This record is void and can no longer be changed.</translation>
        </message>
        <message>
            <source>作废记录要写明原因。</source>
            <translation>Voiding a record needs a reason.</translation>
        </message>
        <message>
            <source>这条记录已经作废了。</source>
            <translation>This record is already void.</translation>
        </message>
        <message>
            <source>不能把记录改到另一位客户名下，请作废后重新登记。</source>
            <translation>A record cannot be moved to another client: void it and record it again.</translation>
        </message>
        <message>
            <source>“%1”已过期或已退卡，这次从卡里扣的部分不能再修改。</source>
            <translation>“%1” has expired or been refunded: what this visit took from it can no longer be changed.</translation>
        </message>
        <message>
            <source>“%1”已退卡，退款时已按这次消费计算，不能作废这条记录。</source>
            <translation>“%1” has been refunded, and the refund counted this visit: this record cannot be voided.</translation>
        </message>
        <message>
            <source>“%1”已退卡，不能再退。</source>
            <translation>“%1” has already been refunded; it cannot be refunded again.</translation>
        </message>
        <message>
            <source>“%1”购买的期限已于 %2 用完，没有可退的部分。</source>
            <translation>The paid term of “%1” ended on %2; nothing is left to refund.</translation>
        </message>
        <message>
            <source>退款方式无效。</source>
            <translation>Invalid refund method.</translation>
        </message>
        <message>
            <source>这条提醒不是这位客户的。</source>
            <translation>This reminder is not about this client.</translation>
        </message>
        <message>
            <source>这位客户不存在。</source>
            <translation>This client does not exist.</translation>
        </message>
        <message>
            <source>提醒无效。</source>
            <translation>Invalid reminder.</translation>
        </message>
        <message>
            <source>联系方式无效。</source>
            <translation>Invalid contact channel.</translation>
        </message>
        <message>
            <source>满意与否选项无效。</source>
            <translation>Invalid satisfaction choice.</translation>
        </message>
        <message>
            <source>这条投诉已经处理过了。</source>
            <translation>This complaint has already been resolved.</translation>
        </message>
        <message>
            <source>请选一个以后的日期。</source>
            <translation>Please choose a later date.</translation>
        </message>
        <message>
            <source>第 %1 行节日“%2”看不懂：应写成“名称|lunar:8-15”“名称|solar:3-8”或“名称|weekday:5-2-6”。</source>
            <translation>Holiday on line %1 (“%2”) cannot be read: write it as “Name|lunar:8-15”, “Name|solar:3-8” or “Name|weekday:5-2-6”.</translation>
        </message>
        <message>
            <source>请写明投诉内容。</source>
            <translation>Please describe the complaint.</translation>
        </message>
        <message>
            <source>请写明怎么解决的。</source>
            <translation>Please describe how it was resolved.</translation>
        </message>
        <message>
            <source>月份应写成 年-月，例如 2026-10（收到的是 “%1”）。</source>
            <translation>Write the month as year-month, e.g. 2026-10 (got “%1”).</translation>
        </message>
        <message>
            <source>结束日期不能早于开始日期。</source>
            <translation>The end date cannot be before the start date.</translation>
        </message>
    </context>
    <context>
        <name>expiry</name>
        <message>
            <source>有效期至 %1</source>
            <translation>Valid until %1</translation>
        </message>
        <message>
            <source>重新激活，</source>
            <translation>Reactivated – </translation>
        </message>
        <message>
            <source>有效期由 %1 延至 %2</source>
            <translation>expiry moved from %1 to %2</translation>
        </message>
        <message>
            <source>：%1</source>
            <translation>: %1</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>提醒</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>Therapist</translation>
        </message>
        <message>
            <source>事项</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>问候语</source>
            <translation>Greeting</translation>
        </message>
        <message>
            <source>是</source>
            <translation>Yes</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>备注</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>项目名称</source>
            <translation>service name</translation>
        </message>
        <message>
            <source>分类</source>
            <translation>category</translation>
        </message>
        <message>
            <source>产品名称</source>
            <translation>product name</translation>
        </message>
        <message>
            <source>品牌</source>
            <translation>brand</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>type</translation>
        </message>
        <message>
            <source>卡项名称</source>
            <translation>card name</translation>
        </message>
        <message>
            <source>客户姓名</source>
            <translation>client's name</translation>
        </message>
        <message>
            <source>标签</source>
            <translation>tags</translation>
        </message>
        <message>
            <source>家人姓名</source>
            <translation>family member's name</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>reason</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>phone number</translation>
        </message>
        <message>
            <source>员工姓名</source>
            <translation>staff member's name</translation>
        </message>
        <message>
            <source>擅长项目</source>
            <translation>specialties</translation>
        </message>
        <message>
            <source>文字</source>
            <translation>text</translation>
        </message>
        <message>
            <source>皮肤状况</source>
            <translation>skin condition</translation>
        </message>
        <message>
            <source>记录</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>皮肤反应</source>
            <translation>Skin reaction</translation>
        </message>
        <message>
            <source>处理结果</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>礼物</source>
            <translation>Gift</translation>
        </message>
        <message>
            <source>投诉内容</source>
            <translation>Complaint</translation>
        </message>
    </context>
    <context>
        <name>figures</name>
        <message>
            <source>到店消费</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>售卡</source>
            <translation>Card sales</translation>
        </message>
        <message>
            <source>充值</source>
            <translation>Top-ups</translation>
        </message>
        <message>
            <source>退卡</source>
            <translation>Card refunds</translation>
        </message>
        <message>
            <source>金额</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>确认收入</source>
            <translation>Revenue</translation>
        </message>
        <message>
            <source>本期消费</source>
            <translation>Period spend</translation>
        </message>
        <message>
            <source>本年消费</source>
            <translation>Year spend</translation>
        </message>
        <message>
            <source>期初</source>
            <translation>Opening</translation>
        </message>
        <message>
            <source>期末</source>
            <translation>Closing</translation>
        </message>
        <message>
            <source>赠送期末</source>
            <translation>Bonus closing</translation>
        </message>
        <message>
            <source>收款</source>
            <translation>Money in</translation>
        </message>
        <message>
            <source>实收合计（不含储值卡支付）</source>
            <translation>Money in, total (excl. stored-value payments)</translation>
        </message>
        <message>
            <source>储值卡支付（以前预收）</source>
            <translation>Paid from stored value (prepaid earlier)</translation>
        </message>
        <message>
            <source>耗（确认收入）</source>
            <translation>Consumption (revenue)</translation>
        </message>
        <message>
            <source>合计</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>耗卡（次卡、储值本金）</source>
            <translation>From cards (sessions, stored principal)</translation>
        </message>
        <message>
            <source>现结</source>
            <translation>Paid at the counter</translation>
        </message>
        <message>
            <source>储值赠送抵扣（不计收入）</source>
            <translation>Stored-value bonus used (not revenue)</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>付款客户</source>
            <translation>Paying clients</translation>
        </message>
        <message>
            <source>客户分类</source>
            <translation>Client categories</translation>
        </message>
        <message>
            <source>ABC 分类（%1% / %2%）</source>
            <translation>ABC classes (%1% / %2%)</translation>
        </message>
        <message>
            <source>%1 类</source>
            <translation>Class %1</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>未填</source>
            <translation>Not given</translation>
        </message>
        <message>
            <source>到店频率（近 12 个月）</source>
            <translation>Visit frequency (last 12 months)</translation>
        </message>
        <message>
            <source>新老客户</source>
            <translation>New and returning</translation>
        </message>
        <message>
            <source>新客</source>
            <translation>New clients</translation>
        </message>
        <message>
            <source>回头客</source>
            <translation>Returning clients</translation>
        </message>
        <message>
            <source>本期流失（%1 天没来）</source>
            <translation>Lapsed this period (%1 days away)</translation>
        </message>
        <message>
            <source>项目排行</source>
            <translation>Top services</translation>
        </message>
        <message>
            <source>产品排行</source>
            <translation>Top products</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>Therapists</translation>
        </message>
        <message>
            <source>预收款</source>
            <translation>Prepaid liability</translation>
        </message>
        <message>
            <source>储值赠送余额期末</source>
            <translation>Stored-value bonus, closing</translation>
        </message>
        <message>
            <source>分类</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>近 12 个月到店</source>
            <translation>Visits (12 months)</translation>
        </message>
        <message>
            <source>最后一次到店</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <source>卡号</source>
            <translation>Card no.</translation>
        </message>
        <message>
            <source>卡</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>剩余次数</source>
            <translation>Sessions left</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>付款方式</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>扣卡</source>
            <translation>From card</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <source>粘贴的内容有多行，只保留了第一行。</source>
            <translation>The pasted text had several lines; only the first line was kept.</translation>
        </message>
    </context>
    <context>
        <name>holidays</name>
        <message>
            <source>{name}，{holiday}快乐！</source>
            <translation>Happy {holiday}, {name}!</translation>
        </message>
        <message>
            <source>生活</source>
            <translation>life</translation>
        </message>
        <message>
            <source>我们</source>
            <translation>the team</translation>
        </message>
    </context>
    <context>
        <name>imports</name>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>第二个电话</source>
            <translation>Second phone</translation>
        </message>
        <message>
            <source>生日</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>农历生日</source>
            <translation>Lunar birthday</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>肤质</source>
            <translation>Skin type</translation>
        </message>
        <message>
            <source>过敏</source>
            <translation>Allergies</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>微信</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>职业</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>Therapist</translation>
        </message>
        <message>
            <source>标签</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>卡项/余额（记入备注）</source>
            <translation>Cards/balance (into notes)</translation>
        </message>
        <message>
            <source>其他（记入备注）</source>
            <translation>Other (into notes)</translation>
        </message>
        <message>
            <source>不导入</source>
            <translation>Do not import</translation>
        </message>
        <message>
            <source>新建</source>
            <translation>New</translation>
        </message>
        <message>
            <source>并入前一行</source>
            <translation>Merged into an earlier row</translation>
        </message>
        <message>
            <source>并入已有客户</source>
            <translation>Merged into an existing client</translation>
        </message>
        <message>
            <source>拒绝</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>跳过</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <source>%1（原表）：%2</source>
            <translation>%1 (as in the file): %2</translation>
        </message>
        <message>
            <source>其他电话：%1</source>
            <translation>Other phones: %1</translation>
        </message>
        <message>
            <source>第 %1 行另记：%2</source>
            <translation>Row %1 also says: %2</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>合计或说明行</source>
            <translation>A total or a note row</translation>
        </message>
        <message>
            <source>重复的表头</source>
            <translation>A repeated header row</translation>
        </message>
        <message>
            <source>从 %1 导入（%2）</source>
            <translation>Imported from %1 (%2)</translation>
        </message>
        <message>
            <source>原美容师：%1</source>
            <translation>Former therapist: %1</translation>
        </message>
        <message>
            <source>%1时合并（第 %2 行）</source>
            <translation>%1, merged (row %2)</translation>
        </message>
        <message>
            <source>已有，没有新内容</source>
            <translation>Already known, nothing new</translation>
        </message>
        <message>
            <source>%1，第 %2 行</source>
            <translation>%1, row %2</translation>
        </message>
        <message>
            <source>过敏未导入：没有确认客户同意</source>
            <translation>Allergies not imported: no client consent confirmed</translation>
        </message>
        <message>
            <source>补上%1</source>
            <translation>Added %1</translation>
        </message>
        <message>
            <source>%1 · 工作表“%2” · 表头在第 %3 行</source>
            <translation>%1 · sheet “%2” · header in row %3</translation>
        </message>
        <message>
            <source>已导入：新建 %1 位客户，合并 %2 行（并入前面的行 %3，并入已有客户 %4），拒绝 %5 行，跳过 %6 行。</source>
            <translation>Imported: %1 new clients, %2 rows merged (%3 into earlier rows, %4 into existing clients), %5 rows refused, %6 rows skipped.</translation>
        </message>
        <message>
            <source>将会：新建 %1 位客户，合并 %2 行（并入前面的行 %3，并入已有客户 %4），拒绝 %5 行，跳过 %6 行。</source>
            <translation>Would import: %1 new clients, %2 rows merged (%3 into earlier rows, %4 into existing clients), %5 rows refused, %6 rows skipped.</translation>
        </message>
        <message>
            <source>识别的列：%1</source>
            <translation>Columns recognised: %1</translation>
        </message>
        <message>
            <source>与第 %1 行同一电话，合并</source>
            <translation>Same phone as row %1, merged</translation>
        </message>
        <message>
            <source>电话已登记，并入客户编号 %1</source>
            <translation>Phone already registered, merged into client no. %1</translation>
        </message>
        <message>
            <source>第 %1 行 %2 — %3：%4</source>
            <translation>Row %1 %2 — %3: %4</translation>
        </message>
        <message>
            <source>第 %1 行 %2 — %3</source>
            <translation>Row %1 %2 — %3</translation>
        </message>
        <message>
            <source>已新建为美容师</source>
            <translation>added as a therapist</translation>
        </message>
        <message>
            <source>将新建为美容师</source>
            <translation>will be added as a therapist</translation>
        </message>
        <message>
            <source>不在员工名单里，记入备注</source>
            <translation>not on the staff list, kept in the notes</translation>
        </message>
        <message>
            <source>美容师“%1”（第 %2 等 行）%3</source>
            <translation>Therapist “%1” (rows %2 and more): %3</translation>
        </message>
        <message>
            <source>美容师“%1”（第 %2 行）%3</source>
            <translation>Therapist “%1” (rows %2): %3</translation>
        </message>
    </context>
    <context>
        <name>integrity</name>
        <message>
            <source>SQLite 完整性检查：%1</source>
            <translation>SQLite integrity check: %1</translation>
        </message>
        <message>
            <source>%1 #%2 引用的 %3 记录不存在</source>
            <translation>%1 #%2 refers to a %3 record that does not exist</translation>
        </message>
        <message>
            <source>SQLite 完整性检查失败：%1</source>
            <translation>SQLite integrity check failed: %1</translation>
        </message>
        <message>
            <source>卡 #%1：记录的剩余（次数 %2，本金 %3，赠送 %4 元）与台账合计（%5，%6，%7 元）不符</source>
            <translation>Card #%1: the stored balance (sessions %2, principal %3, bonus %4 yuan) does not match the ledger totals (%5, %6, %7 yuan)</translation>
        </message>
        <message>
            <source>卡 #%1：剩余为负数（次数 %2，本金 %3，赠送 %4 元）</source>
            <translation>Card #%1: negative balance (sessions %2, principal %3, bonus %4 yuan)</translation>
        </message>
        <message>
            <source>卡 #%1：台账 #%2 之后剩余为负数（次数 %3，本金 %4，赠送 %5 元）</source>
            <translation>Card #%1: negative balance after ledger line #%2 (sessions %3, principal %4, bonus %5 yuan)</translation>
        </message>
        <message>
            <source>卡 #%1：台账应以唯一一条售卡开头（售卡 %2 条，第一行是 %3）</source>
            <translation>Card #%1: the ledger should start with exactly one sale (%2 sales, first line is %3)</translation>
        </message>
        <message>
            <source>卡 #%1（%2）：剩余的种类不对（次数 %3，本金 %4，赠送 %5 元）</source>
            <translation>Card #%1 (%2): the wrong kind of balance (sessions %3, principal %4, bonus %5 yuan)</translation>
        </message>
        <message>
            <source>卡 #%1：状态 %2 与剩余不符（次数 %3，余额 %4 元）</source>
            <translation>Card #%1: status %2 does not match the balance (sessions %3, balance %4 yuan)</translation>
        </message>
        <message>
            <source>卡 #%1：退卡（台账 #%2）之后台账又有变动（台账 #%3）</source>
            <translation>Card #%1: the ledger changed (line #%3) after the refund (line #%2)</translation>
        </message>
        <message>
            <source>台账 #%1（%2）：记录收付 %3 元，对应的付款合计 %4 元</source>
            <translation>Ledger line #%1 (%2): records %3 yuan paid, its payments total %4 yuan</translation>
        </message>
        <message>
            <source>明细 #%1（到店记录 #%2）：金额 %3 元 ≠ 数量 %4 × 单价 %5 − 优惠 %6</source>
            <translation>Line #%1 (visit #%2): amount %3 yuan ≠ quantity %4 × unit price %5 − discount %6</translation>
        </message>
        <message>
            <source>到店记录 #%1：合计 %2 元，明细之和 %3 元</source>
            <translation>Visit #%1: total %2 yuan, its lines add up to %3 yuan</translation>
        </message>
        <message>
            <source>到店记录 #%1：实收（冲正后）%2 元，应收（未用卡抵扣的明细）%3 元</source>
            <translation>Visit #%1: received %2 yuan (after reversals), due %3 yuan (the lines not paid by card)</translation>
        </message>
        <message>
            <source>作废的到店记录 #%1：付款没有全部冲回（净额 %2 元）</source>
            <translation>Void visit #%1: payments not fully reversed (net %2 yuan)</translation>
        </message>
        <message>
            <source>作废的到店记录 #%1：卡 #%2 没有全部退回（次数 %3，金额 %4 元）</source>
            <translation>Void visit #%1: card #%2 not fully given back (sessions %3, amount %4 yuan)</translation>
        </message>
        <message>
            <source>到店记录 #%1：卡 #%2 抵扣了 %3 行共 %4 次，台账净记 %5 次扣卡共 %6 次</source>
            <translation>Visit #%1: card #%2 paid for %3 lines, %4 sessions in all; the ledger nets %5 deductions, %6 sessions in all</translation>
        </message>
        <message>
            <source>明细 #%1（到店记录 #%2）：抵扣用的卡 #%3 不是这位客户的次卡或年卡/月卡</source>
            <translation>Line #%1 (visit #%2): card #%3 used for it is not this client's session card or annual/monthly card</translation>
        </message>
        <message>
            <source>到店记录 #%1：储值卡 #%2 付款 %3 元，卡上扣了 %4 元</source>
            <translation>Visit #%1: stored-value card #%2 paid %3 yuan, the card was charged %4 yuan</translation>
        </message>
        <message>
            <source>付款 #%1：用的储值卡 #%2 不是这位客户的储值卡</source>
            <translation>Payment #%1: stored-value card #%2 is not this client's</translation>
        </message>
        <message>
            <source>台账 #%1：冲回的台账 #%2 不是同一张卡上对应的扣卡或过期，数量不相反，或被冲回了不止一次</source>
            <translation>Ledger line #%1: the line it reverses (#%2) is not a matching deduction or expiry on the same card, the amounts are not opposite, or it was reversed more than once</translation>
        </message>
        <message>
            <source>付款 #%1：冲正的付款 #%2 不是同一次到店、同一方式的相反金额，或被冲正了不止一次</source>
            <translation>Payment #%1: the payment it reverses (#%2) is not the opposite amount of the same visit and method, or was reversed more than once</translation>
        </message>
        <message>
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <source>账目规则无法检查：%1</source>
            <translation>The bookkeeping rules could not be checked: %1</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <source>跟随系统</source>
            <translation>Same as system</translation>
        </message>
    </context>
    <context>
        <name>lapsing</name>
        <message>
            <source>该回访了</source>
            <translation>due for a call</translation>
        </message>
        <message>
            <source>流失风险</source>
            <translation>at risk of lapsing</translation>
        </message>
        <message>
            <source>3–6 个月没来</source>
            <translation>not seen for 3–6 months</translation>
        </message>
        <message>
            <source>半年以上没来</source>
            <translation>not seen for over 6 months</translation>
        </message>
        <message>
            <source>第一次来店，问问感受</source>
            <translation>first visit – ask how it was</translation>
        </message>
        <message>
            <source>流失预警：%1</source>
            <translation>Lapsing: %1</translation>
        </message>
        <message>
            <source>上次到店 %1（%2 天前，共 %3 次）</source>
            <translation>Last visit %1 (%2 days ago, %3 visits in all)</translation>
        </message>
        <message>
            <source>；平时约 %1 天来一次，已超过 %2 天</source>
            <translation>; usually comes every %1 days, %2 days overdue</translation>
        </message>
    </context>
    <context>
        <name>ledger</name>
        <message>
            <source>在用</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>用完</source>
            <translation>Used up</translation>
        </message>
        <message>
            <source>过期</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>退卡</source>
            <translation>Refunded</translation>
        </message>
    </context>
    <context>
        <name>liability</name>
        <message>
            <source>次卡</source>
            <translation>Session card</translation>
        </message>
        <message>
            <source>年/月卡</source>
            <translation>Annual/monthly card</translation>
        </message>
        <message>
            <source>储值卡</source>
            <translation>Stored-value card</translation>
        </message>
        <message>
            <source>期初</source>
            <translation>Opening</translation>
        </message>
        <message>
            <source>售卡</source>
            <translation>Sold</translation>
        </message>
        <message>
            <source>充值</source>
            <translation>Top-ups</translation>
        </message>
        <message>
            <source>耗卡</source>
            <translation>Used</translation>
        </message>
        <message>
            <source>退卡</source>
            <translation>Refunded</translation>
        </message>
        <message>
            <source>过期</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>撤销/调整</source>
            <translation>Voids/adjustments</translation>
        </message>
        <message>
            <source>单价变动与尾差</source>
            <translation>Price changes and rounding</translation>
        </message>
        <message>
            <source>期末</source>
            <translation>Closing</translation>
        </message>
    </context>
    <context>
        <name>listing</name>
        <message>
            <source>生日</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>节日问候：%1（%2）</source>
            <translation>Holiday greeting: %1 (%2)</translation>
        </message>
        <message>
            <source>投诉与不满意</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>护理回访</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>关心问候</source>
            <translation>Care call</translation>
        </message>
        <message>
            <source>纪念日</source>
            <translation>Anniversary</translation>
        </message>
        <message>
            <source>卡项</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>流失预警</source>
            <translation>Lapsing</translation>
        </message>
        <message>
            <source>节日问候</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <source>提醒 %1 至 %2</source>
            <translation>Reminders %1 to %2</translation>
        </message>
        <message>
            <source>（已逾期）</source>
            <translation> (overdue)</translation>
        </message>
        <message>
            <source>【%1】%2 条</source>
            <translation>[%1] %2</translation>
        </message>
        <message>
            <source>      问候语：%1</source>
            <translation>      Greeting: %1</translation>
        </message>
        <message>
            <source>没有需要处理的提醒。</source>
            <translation>No reminders to deal with.</translation>
        </message>
    </context>
    <context>
        <name>logs</name>
        <message>
            <source>补水面膜一盒</source>
            <translation>A box of hydrating masks</translation>
        </message>
        <message>
            <source>护手霜</source>
            <translation>Hand cream</translation>
        </message>
        <message>
            <source>精油小样套装</source>
            <translation>Essential oil sample set</translation>
        </message>
        <message>
            <source>一次免费肩颈护理</source>
            <translation>A free neck and shoulder treatment</translation>
        </message>
        <message>
            <source>香薰蜡烛</source>
            <translation>Scented candle</translation>
        </message>
        <message>
            <source>定制花束</source>
            <translation>Bespoke bouquet</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>请填写姓名。</source>
            <translation>Please enter a name.</translation>
        </message>
        <message>
            <source>姓名太长。</source>
            <translation>The name is too long; please shorten it.</translation>
        </message>
        <message>
            <source>电话号码“%1”格式不对：手机应为 11 位数字，座机请带区号。</source>
            <translation>The phone number “%1” is not valid: a mobile number has 11 digits, and a landline needs its area code.</translation>
        </message>
        <message>
            <source>电话 %1 已登记在客户“%2”名下。</source>
            <translation>Phone %1 is already registered to the client “%2”.</translation>
        </message>
        <message>
            <source>%1 月 %2 日这一天不存在，请检查月和日。</source>
            <translation>Day %2 of month %1 does not exist; please check the month and day.</translation>
        </message>
        <message>
            <source>这个日期不存在，请检查月和日。</source>
            <translation>This date does not exist; please check the month and day.</translation>
        </message>
        <message>
            <source>到店时间不能晚于现在。</source>
            <translation>The visit time cannot be later than now.</translation>
        </message>
        <message>
            <source>生日不能晚于今天。</source>
            <translation>The birthday cannot be later than today.</translation>
        </message>
        <message>
            <source>请填写日期。</source>
            <translation>Please enter a date.</translation>
        </message>
        <message>
            <source>%1 已停用，不能再分配新客户。</source>
            <translation>%1 is inactive and cannot be given new clients.</translation>
        </message>
        <message>
            <source>所选员工不存在。</source>
            <translation>The selected staff member does not exist.</translation>
        </message>
        <message>
            <source>请选择接手的美容师。</source>
            <translation>Please choose the therapist who will take over.</translation>
        </message>
        <message>
            <source>节日“%1”看不懂：应写成“名称|lunar:8-15”“名称|solar:3-8”或“名称|weekday:5-2-6”。</source>
            <translation>The holiday “%1” could not be read: please write it as “name|lunar:8-15”, “name|solar:3-8” or “name|weekday:5-2-6”.</translation>
        </message>
        <message>
            <source>天数或次数应在 0–3660 之间。</source>
            <translation>Days or counts must be between 0 and 3660.</translation>
        </message>
        <message>
            <source>ABC 分类的两个比例应满足 0 &lt; A &lt; B ≤ 100。</source>
            <translation>The two ABC class percentages must satisfy 0 &lt; A &lt; B ≤ 100.</translation>
        </message>
        <message>
            <source>月份应写成 年-月，例如 2026-10。</source>
            <translation>Please write the month as year-month, e.g. 2026-10.</translation>
        </message>
        <message>
            <source>结束日期不能早于开始日期。</source>
            <translation>The end date cannot be before the start date.</translation>
        </message>
        <message>
            <source>请选一个以后的日期。</source>
            <translation>Please choose a date in the future.</translation>
        </message>
        <message>
            <source>这位客户不存在。</source>
            <translation>This client does not exist.</translation>
        </message>
        <message>
            <source>这条投诉已经处理过了。</source>
            <translation>This complaint has already been dealt with.</translation>
        </message>
        <message>
            <source>请写明怎么解决的。</source>
            <translation>Please describe how it was resolved.</translation>
        </message>
        <message>
            <source>介绍人不能是客户本人。</source>
            <translation>A client cannot be her own referrer; please choose someone else.</translation>
        </message>
        <message>
            <source>介绍人不存在。</source>
            <translation>The referrer does not exist.</translation>
        </message>
        <message>
            <source>提成比例应为 0–100 之间的百分数。</source>
            <translation>The commission rate must be a percentage from 0 to 100.</translation>
        </message>
        <message>
            <source>选项无效。</source>
            <translation>This option is not valid; please choose one from the list.</translation>
        </message>
        <message>
            <source>请至少添加一个项目或产品。</source>
            <translation>Please add at least one service or product.</translation>
        </message>
        <message>
            <source>“%1”只剩 %2 次，不够扣 %3 次。</source>
            <translation>“%1” has only %2 sessions left, not enough to deduct %3.</translation>
        </message>
        <message>
            <source>卡内剩余不足。</source>
            <translation>There is not enough left on the card.</translation>
        </message>
        <message>
            <source>“%1”不包含“%2”，请改为现付或换一张卡。</source>
            <translation>“%1” does not cover “%2”; please choose Pay now or another card.</translation>
        </message>
        <message>
            <source>产品不能用次卡抵扣。</source>
            <translation>Products cannot be paid from a session card.</translation>
        </message>
        <message>
            <source>“%1”已过期，不能再用。</source>
            <translation>“%1” has expired and can no longer be used.</translation>
        </message>
        <message>
            <source>“%1”已过期或已退卡，不能再用。</source>
            <translation>“%1” has expired or been refunded and can no longer be used.</translation>
        </message>
        <message>
            <source>“%1”已过期或已退卡，这条记录里从这张卡扣的部分不能再修改或作废。</source>
            <translation>“%1” has expired or been refunded, so what this visit took from that card can no longer be changed or voided.</translation>
        </message>
        <message>
            <source>“%1”长期有效，不需要延期。</source>
            <translation>“%1” has no expiry date, so it does not need extending.</translation>
        </message>
        <message>
            <source>新的到期日要晚于原到期日 %1。</source>
            <translation>The new expiry date must be later than the current one, %1.</translation>
        </message>
        <message>
            <source>新的到期日 %1 已经过去了。</source>
            <translation>The new expiry date %1 has already passed.</translation>
        </message>
        <message>
            <source>“%1”购买的期限已用完，没有可退的部分。</source>
            <translation>The paid period of “%1” is used up; there is nothing left to refund.</translation>
        </message>
        <message>
            <source>“%1”还没到开始日期。</source>
            <translation>“%1” has not reached its start date yet.</translation>
        </message>
        <message>
            <source>“%1”不是这位客户的卡。</source>
            <translation>“%1” does not belong to this client.</translation>
        </message>
        <message>
            <source>“%1”余额 %2 元，不够支付 %3 元。</source>
            <translation>“%1” has a balance of ¥%2, not enough to pay ¥%3.</translation>
        </message>
        <message>
            <source>储值卡余额不足。</source>
            <translation>The stored-value card balance is too low.</translation>
        </message>
        <message>
            <source>金额“%1”无效：应为不小于 0 的数，最多两位小数。</source>
            <translation>The amount “%1” is not valid: please enter a number of 0 or more, with at most two decimal places.</translation>
        </message>
        <message>
            <source>请填写金额。</source>
            <translation>Please enter an amount.</translation>
        </message>
        <message>
            <source>金额不能为负数。</source>
            <translation>The amount cannot be negative.</translation>
        </message>
        <message>
            <source>数量应为 1–%1。</source>
            <translation>The quantity must be between 1 and %1.</translation>
        </message>
        <message>
            <source>优惠不能超过金额。</source>
            <translation>The discount cannot be more than the amount.</translation>
        </message>
        <message>
            <source>满意度应为 1–5。</source>
            <translation>Satisfaction must be from 1 to 5.</translation>
        </message>
        <message>
            <source>请写明原因。</source>
            <translation>Please give a reason.</translation>
        </message>
        <message>
            <source>这条记录已作废，不能再修改。</source>
            <translation>This record has been voided and can no longer be changed.</translation>
        </message>
        <message>
            <source>不能把记录改到另一位客户名下，请作废后重新登记。</source>
            <translation>A record cannot be moved to another client; please void it and record it again.</translation>
        </message>
        <message>
            <source>回访天数应为 1–365 的天数，用逗号分开，例如 1,7。</source>
            <translation>Follow-up days must be numbers from 1 to 365, separated by commas, e.g. 1,7.</translation>
        </message>
        <message>
            <source>时长应为 0–1440 分钟。</source>
            <translation>The duration must be between 0 and 1440 minutes.</translation>
        </message>
        <message>
            <source>次卡要填写次数（至少 1 次）。</source>
            <translation>Please enter the number of sessions for a session card (at least 1).</translation>
        </message>
        <message>
            <source>次数应为 1–10000，赠送次数不能为负数。</source>
            <translation>Sessions must be between 1 and 10000, and bonus sessions cannot be negative.</translation>
        </message>
        <message>
            <source>年卡/月卡要填写有效天数（如 365 或 30）。</source>
            <translation>Please enter how many days an annual/monthly card is valid (e.g. 365 or 30).</translation>
        </message>
        <message>
            <source>有效天数应为 1–3660 天。</source>
            <translation>Validity must be between 1 and 3660 days.</translation>
        </message>
        <message>
            <source>请勾选这张卡可以做的项目。</source>
            <translation>Please tick the services this card can be used for.</translation>
        </message>
        <message>
            <source>请选择卡项。</source>
            <translation>Please choose a card.</translation>
        </message>
        <message>
            <source>“%1”已停售。</source>
            <translation>“%1” is no longer on sale.</translation>
        </message>
        <message>
            <source>付款方式无效。</source>
            <translation>This payment method is not valid; please choose one from the list.</translation>
        </message>
        <message>
            <source>这类卡不能这样操作：次卡只调次数，储值卡只调金额，年卡/月卡请另售新卡。</source>
            <translation>This kind of card cannot be adjusted this way: adjust sessions on a session card and amounts on a stored-value card; for an annual/monthly card, sell a new card.</translation>
        </message>
        <message>
            <source>调整数量不能为 0。</source>
            <translation>The adjustment cannot be 0.</translation>
        </message>
        <message>
            <source>已有一个在用的“%1”，请换个名称或先停用那一个。</source>
            <translation>There is already an active “%1”; please use another name or deactivate that one first.</translation>
        </message>
        <message>
            <source>最多 %1 个字。</source>
            <translation>At most %1 characters.</translation>
        </message>
        <message>
            <source>简码应为 1–%1 个字母或数字。</source>
            <translation>The code must be 1–%1 letters or digits.</translation>
        </message>
        <message>
            <source>简码“%1”已被另一个在售项目或产品使用。</source>
            <translation>The code “%1” is already used by another service or product on sale.</translation>
        </message>
        <message>
            <source>打不开文件 %1。</source>
            <translation>Could not open the file %1.</translation>
        </message>
        <message>
            <source>文件 %1 是空的。</source>
            <translation>The file %1 is empty.</translation>
        </message>
        <message>
            <source>%1 是旧版 Excel（.xls）文件：请在 Excel 里“另存为 .xlsx”后再导入。</source>
            <translation>%1 is an old Excel (.xls) file: please use “Save As” .xlsx in Excel, then import it again.</translation>
        </message>
        <message>
            <source>%1 设有打开密码：请在 Excel 里去掉密码后另存，再导入。</source>
            <translation>%1 has an opening password: please remove the password in Excel, save it again, then import it.</translation>
        </message>
        <message>
            <source>%1 不是能读的 Excel 工作簿或 CSV 文件。</source>
            <translation>%1 is not an Excel workbook or CSV file that can be read.</translation>
        </message>
        <message>
            <source>文件里没有名为“%1”的工作表。</source>
            <translation>The file has no worksheet called “%1”.</translation>
        </message>
        <message>
            <source>找不到表头：需要一行写着“姓名”和至少另一项（如“电话”“生日”）。请在下一步指定表头所在的行。</source>
            <translation>No header row found: it needs a row with “Name” and at least one other heading (e.g. “Phone”, “Birthday”). Please choose the header row in the next step.</translation>
        </message>
        <message>
            <source>没有姓名。</source>
            <translation>No name given.</translation>
        </message>
        <message>
            <source>这一行的电话分别属于两位不同的客户，请先核对是哪一位。</source>
            <translation>The phone numbers in this row belong to two different clients; please check which one is meant first.</translation>
        </message>
        <message>
            <source>生日“%1”看不懂：请写成 1985-03-12、1985.3.12、3月12日或农历八月十五。</source>
            <translation>The birthday “%1” could not be read: please write it like 1985-03-12, 1985.3.12, 12 March or lunar 8-15.</translation>
        </message>
        <message>
            <source>%1 没有这项操作的权限，请老板登录后再做。</source>
            <translation>%1 is not allowed to do this; please ask the owner to sign in and do it.</translation>
        </message>
        <message>
            <source>密码应为 4–8 位数字。</source>
            <translation>The PIN must be 4–8 digits.</translation>
        </message>
        <message>
            <source>两次输入的密码不一样。</source>
            <translation>The two PINs do not match.</translation>
        </message>
        <message>
            <source>密码不对，还可以再试 %1 次。</source>
            <translation>Wrong PIN; %1 tries left.</translation>
        </message>
        <message>
            <source>密码错误次数太多，请在 %1 后再试。</source>
            <translation>Too many wrong PINs; please try again after %1.</translation>
        </message>
        <message>
            <source>%1 还没有设置密码，请老板在“美容师/员工”里为她设置。</source>
            <translation>%1 has no PIN yet; please ask the owner to set one on the “Therapists and staff” tab.</translation>
        </message>
        <message>
            <source>%1 已停用。</source>
            <translation>%1 is inactive.</translation>
        </message>
        <message>
            <source>过敏、禁忌和皮肤问题属于敏感个人信息：请先取得客户的单独同意，勾选“客户已同意”后再保存。</source>
            <translation>Allergies, contraindications and skin concerns are sensitive personal information: please get the client's separate consent first, tick “Client has consented”, then save.</translation>
        </message>
        <message>
            <source>这条提醒不是这位客户的。</source>
            <translation>This reminder belongs to a different client.</translation>
        </message>
        <message>
            <source>客户撤回了同意：请先清空过敏、禁忌和皮肤问题，再保存。</source>
            <translation>The client has withdrawn consent: please clear allergies, contraindications and skin concerns first, then save.</translation>
        </message>
        <message>
            <source>%1 不能用来恢复：它不是客情管家的完好备份（%2）。</source>
            <translation>%1 cannot be used to restore: it is not an intact Salon Desk backup (%2).</translation>
        </message>
        <message>
            <source>金额 %1 元超过 %2 元，请检查是否多输了几位。</source>
            <translation>The amount ¥%1 is over ¥%2; please check for extra digits.</translation>
        </message>
        <message>
            <source>文字里有无法保存的控制字符或文字方向符号，请删掉后重新输入。</source>
            <translation>The text contains control or text-direction characters that cannot be saved; please delete them and type it again.</translation>
        </message>
        <message>
            <source>日期应在 %1 年到 %2 年之间。</source>
            <translation>The date must be between the years %1 and %2.</translation>
        </message>
        <message>
            <source>所选的卡不存在。</source>
            <translation>The selected card does not exist.</translation>
        </message>
        <message>
            <source>农历%1年没有%2。</source>
            <translation>Lunar year %1 has no %2.</translation>
        </message>
        <message>
            <source>农历%1年%2没有%3（这个月只有%4天）。</source>
            <translation>In lunar year %1, %2 has no %3 (that month has only %4 days).</translation>
        </message>
        <message>
            <source>1900–2100 年间没有%1，请检查月份或填上出生年份。</source>
            <translation>No year from 1900 to 2100 has %1; please check the month or enter the year of birth.</translation>
        </message>
        <message>
            <source>付款合计与应付金额不符。</source>
            <translation>The payments do not add up to the amount due.</translation>
        </message>
        <message>
            <source>付款合计 %1 元，应付 %2 元，</source>
            <translation>The payments total ¥%1 and ¥%2 is due: </translation>
        </message>
        <message>
            <source>还差 %1 元。</source>
            <translation>¥%1 still to pay.</translation>
        </message>
        <message>
            <source>多了 %1 元。</source>
            <translation>¥%1 too much.</translation>
        </message>
    </context>
    <context>
        <name>occasions</name>
        <message>
            <source>爱人</source>
            <translation>spouse</translation>
        </message>
        <message>
            <source>孩子</source>
            <translation>child</translation>
        </message>
        <message>
            <source>父母</source>
            <translation>parent</translation>
        </message>
        <message>
            <source>兄弟姐妹</source>
            <translation>sibling</translation>
        </message>
        <message>
            <source>家人</source>
            <translation>family member</translation>
        </message>
        <message>
            <source>结婚纪念日</source>
            <translation>Wedding anniversary</translation>
        </message>
        <message>
            <source>纪念日</source>
            <translation>Anniversary</translation>
        </message>
        <message>
            <source>生子</source>
            <translation>New baby</translation>
        </message>
        <message>
            <source>生病</source>
            <translation>Illness</translation>
        </message>
        <message>
            <source>家中丧事</source>
            <translation>Bereavement</translation>
        </message>
        <message>
            <source>重要的事</source>
            <translation>Important event</translation>
        </message>
        <message>
            <source>%1%2生日（%3）</source>
            <translation>Birthday of her %1 %2 – %3</translation>
        </message>
        <message>
            <source>%1生日（%2）</source>
            <translation>Birthday of her %1 – %2</translation>
        </message>
        <message>
            <source>生日（%1）</source>
            <translation>Birthday – %1</translation>
        </message>
        <message>
            <source>%1 岁</source>
            <translation>Turns %1</translation>
        </message>
        <message>
            <source>%1（%2 周年）</source>
            <translation>%1 (%2 years)</translation>
        </message>
        <message>
            <source>关心：%1</source>
            <translation>Care call – %1</translation>
        </message>
        <message>
            <source>有投诉</source>
            <translation>complaint made</translation>
        </message>
        <message>
            <source>满意度 %1</source>
            <translation>satisfaction %1</translation>
        </message>
        <message>
            <source>不满意回访：第二天打电话</source>
            <translation>Unhappy visit: call the next day</translation>
        </message>
        <message>
            <source>%1 到店，%2</source>
            <translation>Visited %1, %2</translation>
        </message>
        <message>
            <source>投诉未解决</source>
            <translation>Complaint not resolved</translation>
        </message>
        <message>
            <source>回访：%1 第 %2 天</source>
            <translation>Follow-up: %1, day %2</translation>
        </message>
        <message>
            <source>%1 做的护理</source>
            <translation>Treatment on %1</translation>
        </message>
    </context>
    <context>
        <name>package_dialogs</name>
        <message>
            <source>充 %1 元</source>
            <translation>Top up ¥%1</translation>
        </message>
        <message>
            <source>送 %1 元</source>
            <translation>¥%1 bonus</translation>
        </message>
        <message>
            <source>%1 次</source>
            <translation>%1 sessions</translation>
        </message>
        <message>
            <source>赠 %1 次</source>
            <translation>%1 bonus sessions</translation>
        </message>
        <message>
            <source>限 %1 次</source>
            <translation>Up to %1 sessions</translation>
        </message>
        <message>
            <source>期内不限次</source>
            <translation>Unlimited sessions</translation>
        </message>
        <message>
            <source>有效期 %1 天</source>
            <translation>valid %1 days</translation>
        </message>
        <message>
            <source>长期有效</source>
            <translation>no expiry</translation>
        </message>
    </context>
    <context>
        <name>packages</name>
        <message>
            <source>次卡</source>
            <translation>Session card</translation>
        </message>
        <message>
            <source>年卡/月卡</source>
            <translation>Annual/monthly card</translation>
        </message>
        <message>
            <source>储值卡</source>
            <translation>Stored-value card</translation>
        </message>
        <message>
            <source>在用</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>用完</source>
            <translation>Used up</translation>
        </message>
        <message>
            <source>过期</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>已退</source>
            <translation>Refunded</translation>
        </message>
        <message>
            <source>售卡</source>
            <translation>Card sale</translation>
        </message>
        <message>
            <source>消费</source>
            <translation>Use</translation>
        </message>
        <message>
            <source>充值</source>
            <translation>Top-up</translation>
        </message>
        <message>
            <source>退卡</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>调整</source>
            <translation>Adjustment</translation>
        </message>
        <message>
            <source>激活</source>
            <translation>Reactivation</translation>
        </message>
        <message>
            <source>作废冲回</source>
            <translation>Void reversal</translation>
        </message>
        <message>
            <source>到店消费</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>联系</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>现金</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>微信</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>支付宝</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <source>刷卡</source>
            <translation>Bank card</translation>
        </message>
        <message>
            <source>储值</source>
            <translation>Stored value</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>卡扣</source>
            <translation>From card</translation>
        </message>
        <message>
            <source>微信支付</source>
            <translation>WeChat Pay</translation>
        </message>
        <message>
            <source>银行卡</source>
            <translation>Bank card</translation>
        </message>
        <message>
            <source>不限次</source>
            <translation>Unlimited</translation>
        </message>
        <message>
            <source>%1 次</source>
            <translation>%1 sessions</translation>
        </message>
        <message>
            <source>余额 %1</source>
            <translation>Balance %1</translation>
        </message>
        <message>
            <source>（本金 %1 + 赠送 %2）</source>
            <translation> (principal %1 + bonus %2)</translation>
        </message>
        <message>
            <source>剩 %1 次</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <source>%1 -%2次</source>
            <translation>%1 (-%2 sess.)</translation>
        </message>
        <message>
            <source>，至 %1</source>
            <translation>, until %1</translation>
        </message>
    </context>
    <context>
        <name>payments</name>
        <message>
            <source>现金</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>微信</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>支付宝</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <source>银行卡</source>
            <translation>Bank card</translation>
        </message>
        <message>
            <source>储值卡</source>
            <translation>Stored-value card</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>period</name>
        <message>
            <source>yyyy年M月</source>
            <translation>MMMM yyyy</translation>
        </message>
        <message>
            <source>%1 至 %2</source>
            <translation>%1 to %2</translation>
        </message>
    </context>
    <context>
        <name>plausibility</name>
        <message>
            <source>售价</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>赠送</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>付款合计</source>
            <translation>Total paid</translation>
        </message>
    </context>
    <context>
        <name>pricing</name>
        <message>
            <source>%1/次</source>
            <translation>%1/session</translation>
        </message>
        <message>
            <source>（卡实付 %1/次）</source>
            <translation> (card paid %1/session)</translation>
        </message>
    </context>
    <context>
        <name>printout</name>
        <message>
            <source>报表 %1（%2 至 %3）</source>
            <translation>Review %1 (%2 to %3)</translation>
        </message>
        <message>
            <source>【收款】实收 ¥%1（储值卡支付 ¥%2 是以前预收的钱，不计入实收）</source>
            <translation>[Money in] ¥%1 received (¥%2 paid from stored value was prepaid earlier and is not counted)</translation>
        </message>
        <message>
            <source>  %1：¥%2</source>
            <translation>  %1: ¥%2</translation>
        </message>
        <message>
            <source>【耗（确认收入）】¥%1：耗卡 ¥%2，现结 ¥%3；储值赠送金额抵扣 ¥%4 不计收入</source>
            <translation>[Consumption (revenue)] ¥%1: from cards ¥%2, at the counter ¥%3; stored-value bonus used, ¥%4, is not revenue</translation>
        </message>
        <message>
            <source>【客户消费】%1 位客户付款，合计 ¥%2</source>
            <translation>[Client spend] %1 clients paid, ¥%2 in total</translation>
        </message>
        <message>
            <source>  %1：本期 ¥%2（%3），本年 ¥%4，%5，%6 类</source>
            <translation>  %1: period ¥%2 (%3), year ¥%4, %5, class %6</translation>
        </message>
        <message>
            <source>%1 %2 位（%3）¥%4（%5）</source>
            <translation>%1 %2 (%3) ¥%4 (%5)</translation>
        </message>
        <message>
            <source>  分类：</source>
            <translation>  Categories: </translation>
        </message>
        <message>
            <source>%1 类 %2 位 ¥%3（%4）</source>
            <translation>class %1: %2, ¥%3 (%4)</translation>
        </message>
        <message>
            <source>  ABC（累计 %1% / %2%）：</source>
            <translation>  ABC (cumulative %1% / %2%): </translation>
        </message>
        <message>
            <source>%1 %2 位 ¥%3</source>
            <translation>%1 %2, ¥%3</translation>
        </message>
        <message>
            <source>未填</source>
            <translation>not given</translation>
        </message>
        <message>
            <source>  社区：</source>
            <translation>  Communities: </translation>
        </message>
        <message>
            <source>%1 %2 位</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>  到店频率（近 12 个月）：</source>
            <translation>  Visit frequency (last 12 months): </translation>
        </message>
        <message>
            <source>  新客 %1 位，老客回头 %2 位，本期流失（%3 天没来）%4 位</source>
            <translation>  New clients %1, returning %2, lapsed this period (%3 days away) %4</translation>
        </message>
        <message>
            <source>  %1：%2 次/件，¥%3（%4，累计 %5）</source>
            <translation>  %1: %2 sold, ¥%3 (%4, cumulative %5)</translation>
        </message>
        <message>
            <source>【项目排行】</source>
            <translation>[Top services]</translation>
        </message>
        <message>
            <source>【产品排行】</source>
            <translation>[Top products]</translation>
        </message>
        <message>
            <source>【美容师】</source>
            <translation>[Therapists]</translation>
        </message>
        <message>
            <source>  %1：%2 次服务，%3 位客户，耗 ¥%4，提成 ¥%5，回头率 %6</source>
            <translation>  %1: %2 services, %3 clients, consumed ¥%4, commission ¥%5, rebooking %6</translation>
        </message>
        <message>
            <source>%1 ¥%2</source>
            <translation>%1 ¥%2</translation>
        </message>
        <message>
            <source>【预收款（卡内余额）】</source>
            <translation>[Prepaid liability (card balances)]</translation>
        </message>
        <message>
            <source>  金额：</source>
            <translation>  Amounts: </translation>
        </message>
        <message>
            <source>  储值赠送：期初 ¥%1，期末 ¥%2</source>
            <translation>  Stored-value bonus: opening ¥%1, closing ¥%2</translation>
        </message>
        <message>
            <source>%1 %2 次</source>
            <translation>%1 %2 sessions</translation>
        </message>
        <message>
            <source>  次数：</source>
            <translation>  Sessions: </translation>
        </message>
    </context>
    <context>
        <name>privacy</name>
        <message>
            <source>客户资料</source>
            <translation>client-data</translation>
        </message>
        <message>
            <source>导出客户的全部资料</source>
            <translation>Export all the client's data</translation>
        </message>
        <message>
            <source>JSON 文件 (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>无法写入 %1：%2</source>
            <translation>Could not write %1: %2</translation>
        </message>
        <message>
            <source>彻底删除个人信息</source>
            <translation>Erase personal data</translation>
        </message>
        <message>
            <source>将彻底删除 %1 的全部个人信息（姓名、电话、生日、家人、备注、皮肤和健康记录、提醒和联系记录），无法恢复；消费和卡的账目会保留在“已删除的客户”名下。
删除之前做的备份里仍有她的资料，会随备份轮换自动删除（最长 12 个月）；请不要用旧备份恢复她的资料。
请输入她的姓名以确认：</source>
            <translation>All personal data of %1 (name, phone, birthday, family, notes, skin and health records, reminders and contact records) will be erased and cannot be recovered; the accounts of visits and cards are kept under “Deleted client”.
Backups made before the erasure still hold her data; they are deleted automatically as backups rotate (within 12 months at most). Please do not use an old backup to restore her data.
Type her name to confirm:</translation>
        </message>
        <message>
            <source>姓名不一致，没有删除。</source>
            <translation>The name does not match; nothing was deleted.</translation>
        </message>
    </context>
    <context>
        <name>punctuation</name>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <source>%1（%2）</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1：%2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>receipt</name>
        <message>
            <source>本次支付 ¥%1</source>
            <translation>paid ¥%1</translation>
        </message>
        <message>
            <source>余额 ¥%1</source>
            <translation>balance ¥%1</translation>
        </message>
        <message>
            <source>本次使用 %1 次（不限次）</source>
            <translation>%1 used (unlimited)</translation>
        </message>
        <message>
            <source>本次扣 %1 次</source>
            <translation>%1 used</translation>
        </message>
        <message>
            <source>剩 %1 次</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <source>有效期至 %1</source>
            <translation>valid until %1</translation>
        </message>
        <message>
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <source>卡扣：%1</source>
            <translation>From card: %1</translation>
        </message>
        <message>
            <source>原价 %1，优惠 %2</source>
            <translation>List price %1, discount %2</translation>
        </message>
        <message>
            <source>已作废</source>
            <translation>VOID</translation>
        </message>
        <message>
            <source>已更正（%1）</source>
            <translation>Corrected (%1)</translation>
        </message>
        <message>
            <source>项目/产品</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>金额</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>应付</source>
            <translation>Total due</translation>
        </message>
        <message>
            <source>款项和卡内扣减已全部退回。</source>
            <translation>All payments and card deductions have been returned.</translation>
        </message>
        <message>
            <source>卡内变动</source>
            <translation>Card changes</translation>
        </message>
        <message>
            <source>谢谢惠顾，期待您再次光临</source>
            <translation>Thank you for your visit — we look forward to seeing you again</translation>
        </message>
        <message>
            <source>消费小票</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>单号</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>Therapist</translation>
        </message>
    </context>
    <context>
        <name>recording</name>
        <message>
            <source>更正记录：%1</source>
            <translation>Record corrected: %1</translation>
        </message>
        <message>
            <source>作废记录：%1</source>
            <translation>Record voided: %1</translation>
        </message>
        <message>
            <source>作废记录退回的部分随卡过期（有效期至 %1）</source>
            <translation>What the void gave back expires with the card (valid until %1)</translation>
        </message>
    </context>
    <context>
        <name>refunds</name>
        <message>
            <source>卡已于 %1 到期；到期时未用完的部分仍属客户，照常退还</source>
            <translation>The card expired on %1; what was unused at expiry still belongs to the client and is refunded as usual</translation>
        </message>
        <message>
            <source>实付本金合计：%1 元</source>
            <translation>Principal paid in total: ¥%1</translation>
        </message>
        <message>
            <source>已消费（按本金与赠送金额同比例扣减）：本金 %1 元</source>
            <translation>Used (principal and bonus deducted in proportion): principal ¥%1</translation>
        </message>
        <message>
            <source>剩余本金：%1 元；剩余赠送金额 %2 元不退</source>
            <translation>Principal left: ¥%1; the bonus left, ¥%2, is not refunded</translation>
        </message>
        <message>
            <source>应退金额：%1 元</source>
            <translation>Refund due: ¥%1</translation>
        </message>
        <message>
            <source>实付金额：%1 元，共 %2 次（含赠送）</source>
            <translation>Paid: ¥%1 for %2 sessions (bonus sessions included)</translation>
        </message>
        <message>
            <source>每次实际单价：%1 ÷ %2 ≈ %3 元</source>
            <translation>Actual price per session: %1 ÷ %2 ≈ ¥%3</translation>
        </message>
        <message>
            <source>已使用 %1 次：%2 × %1 ÷ %3 = %4 元（按实际单价，不按原价 %5 元/次计算）</source>
            <translation>%1 sessions used: %2 × %1 ÷ %3 = ¥%4 (at the actual price per session, not the list price of ¥%5)</translation>
        </message>
        <message>
            <source>应退金额：%1 − %2 = %3 元</source>
            <translation>Refund due: %1 − %2 = ¥%3</translation>
        </message>
        <message>
            <source>实付金额：%1 元，购买的期限 %2 至 %3，共 %4 天</source>
            <translation>Paid: ¥%1 for the term %2 to %3, %4 days</translation>
        </message>
        <message>
            <source>剩余 %1 天（自 %2 起）：%3 × %1 ÷ %4 = %5 元</source>
            <translation>%1 days left (from %2): %3 × %1 ÷ %4 = ¥%5</translation>
        </message>
        <message>
            <source>限次卡：已用 %1 / %2 次，按次数最多退 %3 × %4 ÷ %2 = %5 元</source>
            <translation>Limited-use card: %1 of %2 uses taken, so by uses at most %3 × %4 ÷ %2 = ¥%5</translation>
        </message>
        <message>
            <source>延期至 %1 的天数为赠送，不计入退款</source>
            <translation>The days of the extension to %1 were free and are not refunded</translation>
        </message>
        <message>
            <source>客户申请退卡</source>
            <translation>Refund requested by the client</translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message>
            <source>包年</source>
            <translation>Annual card</translation>
        </message>
        <message>
            <source>包月</source>
            <translation>Monthly card</translation>
        </message>
        <message>
            <source>流动</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>一次性客户</source>
            <translation>One-time</translation>
        </message>
        <message>
            <source>间或客户</source>
            <translation>Occasional</translation>
        </message>
        <message>
            <source>经常性客户</source>
            <translation>Regular</translation>
        </message>
    </context>
    <context>
        <name>safekeeping</name>
        <message>
            <source>数据库正被另一个程序占用（另一台电脑或备份），刚才的操作没有保存。请稍等片刻再试一次。</source>
            <translation>The database is in use by another program (another computer or a backup), so the last action was not saved. Please wait a moment and try again.</translation>
        </message>
        <message>
            <source>无法写入磁盘（磁盘已满或出错），刚才的操作没有保存。请检查磁盘后再试。</source>
            <translation>Could not write to the disk (it is full or has an error), so the last action was not saved. Please check the disk and try again.</translation>
        </message>
        <message>
            <source>数据库文件已损坏，刚才的操作没有保存。请从备份恢复（备份 ▸ 从备份恢复）。</source>
            <translation>The database file is damaged; the last action was not saved. Please restore from a backup (Backup ▸ Restore from backup).</translation>
        </message>
        <message>
            <source>出了点问题，刚才的操作没有完成，已保存的资料不受影响。详细记录已写入 %1。</source>
            <translation>Something went wrong and the last action was not completed; data already saved is not affected. Details were written to %1.</translation>
        </message>
        <message>
            <source>客情管家</source>
            <translation>Salon Desk</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>春节</source>
            <translation>Chinese New Year</translation>
        </message>
        <message>
            <source>元宵节</source>
            <translation>Lantern Festival</translation>
        </message>
        <message>
            <source>妇女节</source>
            <translation>Women's Day</translation>
        </message>
        <message>
            <source>母亲节</source>
            <translation>Mother's Day</translation>
        </message>
        <message>
            <source>七夕</source>
            <translation>Qixi Festival</translation>
        </message>
        <message>
            <source>中秋节</source>
            <translation>Mid-Autumn Festival</translation>
        </message>
        <message>
            <source>圣诞节</source>
            <translation>Christmas</translation>
        </message>
        <message>
            <source>元旦</source>
            <translation>New Year's Day</translation>
        </message>
        <message>
            <source>{name}，{holiday}快乐！{therapist}和全店同事祝您节日愉快，{interest}之余也别忘了好好休息。</source>
            <translation>Happy {holiday}, {name}! {therapist} and everyone at the salon wish you a lovely holiday – with all your {interest}, don't forget to rest.</translation>
        </message>
        <message>
            <source>亲爱的{name}，{holiday}到了，{therapist}想您啦！祝您和家人团圆美满，{interest}顺顺利利。</source>
            <translation>Dear {name}, {holiday} is here and {therapist} misses you! Wishing you and your family a happy time together, and all the best with your {interest}.</translation>
        </message>
        <message>
            <source>{name}您好，{holiday}快乐～愿您的{interest}时光更添好心情，有空来店里坐坐，{therapist}等您。</source>
            <translation>Hello {name}, happy {holiday}! May your {interest} bring you even more joy – drop in when you have time, {therapist} would love to see you.</translation>
        </message>
        <message>
            <source>{holiday}安康，{name}！感谢您一直以来的信任，{therapist}祝您{interest}开心、皮肤越来越好。</source>
            <translation>Wishing you a peaceful {holiday}, {name}! Thank you for your trust all along – {therapist} wishes you joy in your {interest} and ever lovelier skin.</translation>
        </message>
        <message>
            <source>{name}，生日快乐！{therapist}和全店同事祝您新的一岁美丽如初，{interest}天天开心。</source>
            <translation>Happy birthday, {name}! {therapist} and everyone at the salon wish you a beautiful year ahead and many happy days of {interest}.</translation>
        </message>
        <message>
            <source>亲爱的{name}，今天是您的生日，{therapist}为您准备了一份小礼物，有空来店里取哦，生日快乐！</source>
            <translation>Dear {name}, it's your birthday today and {therapist} has a small gift for you – come and collect it when you have time. Happy birthday!</translation>
        </message>
        <message>
            <source>{name}生日快乐～愿新的一年{interest}多多收获，皮肤好、心情好，{therapist}一直在这里等您。</source>
            <translation>Happy birthday, {name}! May the year ahead bring you plenty of {interest}, lovely skin and good spirits – {therapist} is always here for you.</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <source>%1 不是客情管家的数据库（文件不存在或是空的）。</source>
            <translation>%1 is not a Salon Desk database (the file does not exist or is empty).</translation>
        </message>
        <message>
            <source>%1 不是客情管家的数据库（%2）。</source>
            <translation>%1 is not a Salon Desk database (%2).</translation>
        </message>
        <message>
            <source>%1 的数据版本是 %2，本程序是 %3：请升级客情管家。</source>
            <translation>%1 has data version %2, this program %3: please upgrade Salon Desk.</translation>
        </message>
        <message>
            <source>%1 的数据版本是 %2，本程序是 %3：请先用本程序正常打开一次（会自动升级并备份），再只读查看。</source>
            <translation>%1 has data version %2, this program %3: open it normally with this program once first (it is upgraded and backed up automatically), then view it read-only.</translation>
        </message>
        <message>
            <source>数据库版本 %1 比本程序 (%2) 新，请升级客情管家。 / The database (version %1) is newer than this program (%2).</source>
            <translation>The database (version %1) is newer than this program (%2): please upgrade Salon Desk.</translation>
        </message>
        <message>
            <source>数据库升级后有 %1 条记录引用了不存在的记录，升级已撤销，文件保持版本 %2：%3 / Upgrading from version %2 left %1 broken references; nothing was changed: %3</source>
            <translation>Upgrading from version %2 left %1 records referring to records that do not exist; the upgrade was undone and the file stays at version %2: %3</translation>
        </message>
    </context>
    <context>
        <name>timeline</name>
        <message>
            <source>%1 次</source>
            <translation>%1 sessions</translation>
        </message>
        <message>
            <source>%1%2 元</source>
            <translation>%1¥%2</translation>
        </message>
        <message>
            <source>护理回访</source>
            <translation>Follow-up call</translation>
        </message>
        <message>
            <source>投诉回访</source>
            <translation>Complaint call</translation>
        </message>
        <message>
            <source>关心问候</source>
            <translation>Care call</translation>
        </message>
        <message>
            <source>生日问候</source>
            <translation>Birthday greeting</translation>
        </message>
        <message>
            <source>纪念日问候</source>
            <translation>Anniversary greeting</translation>
        </message>
        <message>
            <source>卡项提醒</source>
            <translation>Card reminder</translation>
        </message>
        <message>
            <source>流失回访</source>
            <translation>Win-back call</translation>
        </message>
        <message>
            <source>节日问候</source>
            <translation>Holiday greeting</translation>
        </message>
        <message>
            <source>满意</source>
            <translation>Satisfied</translation>
        </message>
        <message>
            <source>不满意</source>
            <translation>Not satisfied</translation>
        </message>
        <message>
            <source>已约下次</source>
            <translation>Next visit booked</translation>
        </message>
        <message>
            <source>皮肤：%1</source>
            <translation>Skin: %1</translation>
        </message>
        <message>
            <source>联系</source>
            <translation>Contact</translation>
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <source>从空白开始：先在“项目与卡项”里录入项目和卡项，再添加客户（Ctrl+N）。</source>
            <translation>Starting empty: enter your services and cards under “Services &amp; cards” first, then add clients (Ctrl+N).</translation>
        </message>
        <message>
            <source>演示数据已载入。老板“%1”用您在欢迎页设置的密码登录。</source>
            <translation>Demo data loaded. The owner “%1” signs in with the PIN you set in the welcome.</translation>
        </message>
    </context>
    <context>
        <name>workbook</name>
        <message>
            <source>预付卡销售/充值（不征税）</source>
            <translation>Prepaid card sale/top-up (not subject to VAT)</translation>
        </message>
        <message>
            <source>耗卡（应税，不开票）</source>
            <translation>Card use (VAT due, no invoice)</translation>
        </message>
        <message>
            <source>现结（应税）</source>
            <translation>Counter sale (VAT due)</translation>
        </message>
        <message>
            <source>现结+耗卡（应税）</source>
            <translation>Counter + card use (VAT due)</translation>
        </message>
        <message>
            <source>退卡（冲减预收）</source>
            <translation>Card refund (reduces prepaid)</translation>
        </message>
        <message>
            <source>服务</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>产品</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>售卡</source>
            <translation>Card sale</translation>
        </message>
        <message>
            <source>充值</source>
            <translation>Top-up</translation>
        </message>
        <message>
            <source>退卡</source>
            <translation>Card refund</translation>
        </message>
        <message>
            <source>耗卡（次卡）</source>
            <translation>Card use (session card)</translation>
        </message>
        <message>
            <source>耗卡</source>
            <translation>Card use</translation>
        </message>
        <message>
            <source>撤销</source>
            <translation>Void</translation>
        </message>
        <message>
            <source>过期</source>
            <translation>Expiry</translation>
        </message>
        <message>
            <source>卡%1</source>
            <translation>Card %1</translation>
        </message>
        <message>
            <source>汇总</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>金额</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>销售明细</source>
            <translation>Sales detail</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>单号</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>标价</source>
            <translation>List price</translation>
        </message>
        <message>
            <source>优惠</source>
            <translation>Discount</translation>
        </message>
        <message>
            <source>储值支付</source>
            <translation>Stored value</translation>
        </message>
        <message>
            <source>其中赠送</source>
            <translation>Of which bonus</translation>
        </message>
        <message>
            <source>现结</source>
            <translation>Counter</translation>
        </message>
        <message>
            <source>确认收入</source>
            <translation>Revenue</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>Therapist</translation>
        </message>
        <message>
            <source>付款方式</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>发票分类</source>
            <translation>VAT class</translation>
        </message>
        <message>
            <source>实收：%1</source>
            <translation>Money in: %1</translation>
        </message>
        <message>
            <source>预收款：%1</source>
            <translation>Prepaid: %1</translation>
        </message>
        <message>
            <source>发票分类：%1</source>
            <translation>VAT class: %1</translation>
        </message>
        <message>
            <source>期间</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>实收合计（不含储值卡支付）</source>
            <translation>Money in, total (excl. stored-value payments)</translation>
        </message>
        <message>
            <source>收款表的合计；储值卡支付是以前预收的钱</source>
            <translation>Total of the Payments sheet; stored-value payments are money prepaid earlier</translation>
        </message>
        <message>
            <source>储值卡支付（耗用预收）</source>
            <translation>Paid from stored value (prepaid used)</translation>
        </message>
        <message>
            <source>不是新收的钱</source>
            <translation>Not new money</translation>
        </message>
        <message>
            <source>到店现付的项目和产品：应税，开票</source>
            <translation>Services and products paid at the counter: VAT due, invoiced</translation>
        </message>
        <message>
            <source>次卡按卡实付单价、储值卡按本金：应税，不开票（国家税务总局公告2016年第53号）</source>
            <translation>Session cards at the price actually paid, stored value at principal: VAT due, no invoice (SAT Announcement No. 53 of 2016)</translation>
        </message>
        <message>
            <source>售卡和充值是预收：不征税，可开不征税发票</source>
            <translation>Card sales and top-ups are prepayments: not subject to VAT, a non-taxable invoice may be issued</translation>
        </message>
        <message>
            <source>退还给客户的预收款</source>
            <translation>Prepayments paid back to clients</translation>
        </message>
        <message>
            <source>确认收入（耗）</source>
            <translation>Revenue (consumption)</translation>
        </message>
        <message>
            <source>= 现结 + 耗卡；收入在消费时确认，未消费部分为合同负债（预收账款）</source>
            <translation>= counter + card use; revenue is recognised on consumption, the unused part is a contract liability (deferred revenue)</translation>
        </message>
        <message>
            <source>储值赠送金额抵扣</source>
            <translation>Stored-value bonus used</translation>
        </message>
        <message>
            <source>赠送的钱不是收入</source>
            <translation>Bonus money is not revenue</translation>
        </message>
        <message>
            <source>预收款期初</source>
            <translation>Prepaid, opening</translation>
        </message>
        <message>
            <source>次卡按卡实付单价计，储值卡按本金计，赠送另列</source>
            <translation>Session cards at the price paid, stored value at principal, bonus shown apart</translation>
        </message>
        <message>
            <source>预收款期末</source>
            <translation>Prepaid, closing</translation>
        </message>
        <message>
            <source>期初 + 售卡 + 充值 − 耗卡 − 退卡 − 过期 ± 调整 = 期末</source>
            <translation>Opening + sales + top-ups − use − refunds − expiry ± adjustments = closing</translation>
        </message>
        <message>
            <source>储值赠送余额期末</source>
            <translation>Stored-value bonus, closing</translation>
        </message>
        <message>
            <source>提成合计</source>
            <translation>Commission, total</translation>
        </message>
        <message>
            <source>收款</source>
            <translation>Payments</translation>
        </message>
        <message>
            <source>单号/卡</source>
            <translation>Ref./card</translation>
        </message>
        <message>
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>售卡充值</source>
            <translation>Card sales</translation>
        </message>
        <message>
            <source>卡</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>业务</source>
            <translation>Transaction</translation>
        </message>
        <message>
            <source>实收</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>本金</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>赠送</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>次数</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>卡号</source>
            <translation>Card no.</translation>
        </message>
        <message>
            <source>赠送期初</source>
            <translation>Bonus opening</translation>
        </message>
        <message>
            <source>赠送期末</source>
            <translation>Bonus closing</translation>
        </message>
        <message>
            <source>次数期初</source>
            <translation>Sessions opening</translation>
        </message>
        <message>
            <source>次数期末</source>
            <translation>Sessions closing</translation>
        </message>
        <message>
            <source>预收款</source>
            <translation>Prepaid</translation>
        </message>
        <message>
            <source>合计</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>在用卡</source>
            <translation>Cards in use</translation>
        </message>
        <message>
            <source>预收余额</source>
            <translation>Prepaid balance</translation>
        </message>
        <message>
            <source>赠送余额</source>
            <translation>Bonus balance</translation>
        </message>
        <message>
            <source>剩余次数</source>
            <translation>Sessions left</translation>
        </message>
        <message>
            <source>提成</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>服务次数</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>客户数</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>回头率</source>
            <translation>Rebooking rate</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>本期消费</source>
            <translation>Period spend</translation>
        </message>
        <message>
            <source>占比</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>本年消费</source>
            <translation>Year spend</translation>
        </message>
        <message>
            <source>分类</source>
            <translation>Category</translation>
        </message>
    </context>
</TS>
