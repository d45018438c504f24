<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>关于客情管家</source>
            <translation>关于客情管家</translation>
        </message>
        <message>
            <source>客情管家 %1</source>
            <translation>客情管家 %1</translation>
        </message>
        <message>
            <source>客户档案、卡项、提醒和报表，数据只存在本机。</source>
            <translation>客户档案、卡项、提醒和报表，数据只存在本机。</translation>
        </message>
        <message>
            <source>数据文件夹：%1</source>
            <translation>数据文件夹：%1</translation>
        </message>
        <message>
            <source>数据库文件：%1</source>
            <translation>数据库文件：%1</translation>
        </message>
        <message>
            <source>Qt %1 · PySide6 %2 · Python %3</source>
            <translation>Qt %1 · PySide6 %2 · Python %3</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>AdjustDialog</name>
        <message>
            <source>调整 – %1</source>
            <translation>调整 – %1</translation>
        </message>
        <message>
            <source>确认调整</source>
            <translation>确认调整</translation>
        </message>
        <message>
            <source> 次</source>
            <translation> 次</translation>
        </message>
        <message>
            <source>正数为增加，负数为扣减</source>
            <translation>正数为增加，负数为扣减</translation>
        </message>
        <message>
            <source>增加</source>
            <translation>增加</translation>
        </message>
        <message>
            <source>扣减</source>
            <translation>扣减</translation>
        </message>
        <message>
            <source>元</source>
            <translation>元</translation>
        </message>
        <message>
            <source>增加/扣减</source>
            <translation>增加/扣减</translation>
        </message>
        <message>
            <source>本金</source>
            <translation>本金</translation>
        </message>
        <message>
            <source>赠送金额</source>
            <translation>赠送金额</translation>
        </message>
        <message>
            <source>增减次数</source>
            <translation>增减次数</translation>
        </message>
        <message>
            <source>必填，如：补送一次体验、上次漏扣一次</source>
            <translation>必填，如：补送一次体验、上次漏扣一次</translation>
        </message>
        <message>
            <source>原因 *</source>
            <translation>原因 *</translation>
        </message>
        <message>
            <source>经办人</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>手工调整必须写明原因。</source>
            <translation>手工调整必须写明原因。</translation>
        </message>
        <message>
            <source>请填写要增加或扣减的数量。</source>
            <translation>请填写要增加或扣减的数量。</translation>
        </message>
    </context>
    <context>
        <name>AssignTherapistDialog</name>
        <message>
            <source>分配专属美容师</source>
            <translation>分配专属美容师</translation>
        </message>
        <message numerus="yes">
            <source>为选中的 %n 位客户指定专属美容师：</source>
            <translation>
                <numerusform>为选中的 %n 位客户指定专属美容师：</numerusform>
            </translation>
        </message>
        <message>
            <source>请选择美容师</source>
            <translation>请选择美容师</translation>
        </message>
        <message>
            <source>（不分配美容师）</source>
            <translation>（不分配美容师）</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>美容师</translation>
        </message>
        <message>
            <source>请选择美容师。</source>
            <translation>请选择美容师。</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>操作记录</source>
            <translation>操作记录</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>员工</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>（命令行/系统）</source>
            <translation>（命令行/系统）</translation>
        </message>
        <message>
            <source>操作</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>对象</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>导出…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>最近 %1 条。操作记录只能查看和导出，任何人都不能修改。</source>
            <translation>最近 %1 条。操作记录只能查看和导出，任何人都不能修改。</translation>
        </message>
        <message>
            <source>导出操作记录</source>
            <translation>导出操作记录</translation>
        </message>
        <message>
            <source>客情管家-操作记录</source>
            <translation>客情管家-操作记录</translation>
        </message>
        <message>
            <source>CSV 文件 (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>正在写入操作记录…</source>
            <translation>正在写入操作记录…</translation>
        </message>
        <message>
            <source>已导出 %1 条到 %2</source>
            <translation>已导出 %1 条到 %2</translation>
        </message>
        <message>
            <source>没有导出：%1</source>
            <translation>没有导出：%1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>BackupKeeper</name>
        <message>
            <source>备份文件夹</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>备份</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>正在备份数据库…</source>
            <translation>正在备份数据库…</translation>
        </message>
        <message>
            <source>备份没有完成：%1</source>
            <translation>备份没有完成：%1</translation>
        </message>
        <message>
            <source>从备份恢复</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>客情管家备份 (*.db);;所有文件 (*)</source>
            <translation>客情管家备份 (*.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>用备份 %1 替换现在的全部数据吗？
现在的数据会先另存为“…_pre_restore-日期.db”，放在数据库旁边。</source>
            <translation>用备份 %1 替换现在的全部数据吗？
现在的数据会先另存为“…_pre_restore-日期.db”，放在数据库旁边。</translation>
        </message>
        <message>
            <source>正在检查并恢复备份…</source>
            <translation>正在检查并恢复备份…</translation>
        </message>
        <message>
            <source>没有恢复，现在的数据保持不变：%1</source>
            <translation>没有恢复，现在的数据保持不变：%1</translation>
        </message>
    </context>
    <context>
        <name>BirthdayEdit</name>
        <message>
            <source>未填</source>
            <translation>未填</translation>
        </message>
        <message>
            <source>公历</source>
            <translation>公历</translation>
        </message>
        <message>
            <source>农历</source>
            <translation>农历</translation>
        </message>
        <message>
            <source>公历（阳历）或农历（阴历）生日</source>
            <translation>公历（阳历）或农历（阴历）生日</translation>
        </message>
        <message>
            <source>年份未知</source>
            <translation>年份未知</translation>
        </message>
        <message>
            <source>出生年份，可不填；农历生日填农历年份</source>
            <translation>出生年份，可不填；农历生日填农历年份</translation>
        </message>
        <message>
            <source>闰月</source>
            <translation>闰月</translation>
        </message>
        <message>
            <source>生于农历闰月</source>
            <translation>生于农历闰月</translation>
        </message>
        <message>
            <source>月</source>
            <translation>月</translation>
        </message>
        <message>
            <source>日</source>
            <translation>日</translation>
        </message>
        <message>
            <source>%1日</source>
            <translation>%1日</translation>
        </message>
    </context>
    <context>
        <name>CatalogueListPane</name>
        <message>
            <source>Insert 键</source>
            <translation>Insert 键</translation>
        </message>
        <message>
            <source>编辑(&amp;E)…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <source>停用(&amp;D)</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <source>显示停用</source>
            <translation>显示停用</translation>
        </message>
        <message>
            <source>&lt;br&gt;停用的不在列表里：勾选“显示停用”可以看到。</source>
            <translation>&lt;br&gt;停用的不在列表里：勾选“显示停用”可以看到。</translation>
        </message>
        <message>
            <source>共 %1 项</source>
            <translation>共 %1 项</translation>
        </message>
        <message>
            <source>启用(&amp;D)</source>
            <translation>启用(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>CatalogueModel</name>
        <message>
            <source>在售</source>
            <translation>在售</translation>
        </message>
        <message>
            <source>已停用</source>
            <translation>已停用</translation>
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <source>新增项目(&amp;A)…</source>
            <translation>新增项目(&amp;A)…</translation>
        </message>
        <message>
            <source>还没有服务项目。&lt;br&gt;点“新增项目”添加店里做的护理和价格，开单时就能直接选。</source>
            <translation>还没有服务项目。&lt;br&gt;点“新增项目”添加店里做的护理和价格，开单时就能直接选。</translation>
        </message>
        <message>
            <source>新增产品(&amp;A)…</source>
            <translation>新增产品(&amp;A)…</translation>
        </message>
        <message>
            <source>还没有零售产品。&lt;br&gt;点“新增产品”添加店里卖的产品，开单时可以和项目一起结账。</source>
            <translation>还没有零售产品。&lt;br&gt;点“新增产品”添加店里卖的产品，开单时可以和项目一起结账。</translation>
        </message>
        <message>
            <source>新增卡项(&amp;A)…</source>
            <translation>新增卡项(&amp;A)…</translation>
        </message>
        <message>
            <source>还没有卡项。&lt;br&gt;点“新增卡项”设置次卡、年卡/月卡或储值卡，之后就能给客户售卡。</source>
            <translation>还没有卡项。&lt;br&gt;点“新增卡项”设置次卡、年卡/月卡或储值卡，之后就能给客户售卡。</translation>
        </message>
        <message>
            <source>服务项目</source>
            <translation>服务项目</translation>
        </message>
        <message>
            <source>零售产品</source>
            <translation>零售产品</translation>
        </message>
        <message>
            <source>卡项（次卡/年卡/储值卡）</source>
            <translation>卡项（次卡/年卡/储值卡）</translation>
        </message>
    </context>
    <context>
        <name>ChoiceWithOther</name>
        <message>
            <source>其他…</source>
            <translation>其他…</translation>
        </message>
        <message>
            <source>请填写</source>
            <translation>请填写</translation>
        </message>
    </context>
    <context>
        <name>ClientCard</name>
        <message>
            <source>选择一位客户，查看她的档案摘要。</source>
            <translation>选择一位客户，查看她的档案摘要。</translation>
        </message>
        <message>
            <source>岁</source>
            <translation>岁</translation>
        </message>
        <message>
            <source>已归档</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>过敏/禁忌</source>
            <translation>过敏/禁忌</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>微信</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>生日</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>专属美容师</source>
            <translation>专属美容师</translation>
        </message>
        <message>
            <source>未分配</source>
            <translation>未分配</translation>
        </message>
        <message>
            <source>肤质</source>
            <translation>肤质</translation>
        </message>
        <message>
            <source>皮肤问题</source>
            <translation>皮肤问题</translation>
        </message>
        <message>
            <source>力度</source>
            <translation>力度</translation>
        </message>
        <message>
            <source>室温</source>
            <translation>室温</translation>
        </message>
        <message>
            <source>饮品</source>
            <translation>饮品</translation>
        </message>
        <message>
            <source>音乐</source>
            <translation>音乐</translation>
        </message>
        <message>
            <source>偏好</source>
            <translation>偏好</translation>
        </message>
        <message>
            <source>请勿主动联系</source>
            <translation>请勿主动联系</translation>
        </message>
        <message>
            <source>联系方式</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>家人</source>
            <translation>家人</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>职业</source>
            <translation>职业</translation>
        </message>
        <message>
            <source>兴趣</source>
            <translation>兴趣</translation>
        </message>
        <message>
            <source>期望</source>
            <translation>期望</translation>
        </message>
        <message>
            <source>标签</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>在用卡项</source>
            <translation>在用卡项</translation>
        </message>
        <message>
            <source>余额 %1</source>
            <translation>余额 %1</translation>
        </message>
        <message>
            <source>不限次</source>
            <translation>不限次</translation>
        </message>
        <message>
            <source>剩 %1 次</source>
            <translation>剩 %1 次</translation>
        </message>
        <message>
            <source>至 %1</source>
            <translation>至 %1</translation>
        </message>
    </context>
    <context>
        <name>ClientDialog</name>
        <message>
            <source>基本信息</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <source>皮肤与健康</source>
            <translation>皮肤与健康</translation>
        </message>
        <message>
            <source>偏好与联系</source>
            <translation>偏好与联系</translation>
        </message>
        <message>
            <source>家庭与纪念日</source>
            <translation>家庭与纪念日</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>保存 (Enter / Ctrl+S)</source>
            <translation>保存 (Enter / Ctrl+S)</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>这一页的操作（售卡、充值、调整、退卡、更正记录）立即生效；“保存”“取消”只管档案各页。</source>
            <translation>这一页的操作（售卡、充值、调整、退卡、更正记录）立即生效；“保存”“取消”只管档案各页。</translation>
        </message>
        <message>
            <source>新建客户</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <source>客户档案 – %1</source>
            <translation>客户档案 – %1</translation>
        </message>
        <message>
            <source>（已归档）</source>
            <translation>（已归档）</translation>
        </message>
        <message>
            <source>此号码已属于客户 %1</source>
            <translation>此号码已属于客户 %1</translation>
        </message>
        <message>
            <source>点击姓名打开她的档案</source>
            <translation>点击姓名打开她的档案</translation>
        </message>
        <message>
            <source>卡项</source>
            <translation>卡项</translation>
        </message>
        <message>
            <source>消费记录</source>
            <translation>消费记录</translation>
        </message>
        <message>
            <source>介绍人不存在。</source>
            <translation>介绍人不存在。</translation>
        </message>
        <message>
            <source>这位客户已被删除，无法保存。</source>
            <translation>这位客户已被删除，无法保存。</translation>
        </message>
        <message>
            <source>保存失败：数据库暂时无法写入（%1）。请稍后再试。</source>
            <translation>保存失败：数据库暂时无法写入（%1）。请稍后再试。</translation>
        </message>
        <message>
            <source>有未保存的修改。再按一次 Esc（或“取消”）放弃修改，按 Enter 保存。</source>
            <translation>有未保存的修改。再按一次 Esc（或“取消”）放弃修改，按 Enter 保存。</translation>
        </message>
    </context>
    <context>
        <name>ClientFilePages</name>
        <message>
            <source>必填</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>未填</source>
            <translation>未填</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>手机</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>如：138 1234 5678</source>
            <translation>如：138 1234 5678</translation>
        </message>
        <message>
            <source>备用电话</source>
            <translation>备用电话</translation>
        </message>
        <message>
            <source>另一个手机或座机，可不填</source>
            <translation>另一个手机或座机，可不填</translation>
        </message>
        <message>
            <source>微信号或昵称</source>
            <translation>微信号或昵称</translation>
        </message>
        <message>
            <source>微信</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>生日</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>职业</source>
            <translation>职业</translation>
        </message>
        <message>
            <source>住址</source>
            <translation>住址</translation>
        </message>
        <message>
            <source>所在社区或小区</source>
            <translation>所在社区或小区</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>其他来源</source>
            <translation>其他来源</translation>
        </message>
        <message>
            <source>客户来源</source>
            <translation>客户来源</translation>
        </message>
        <message>
            <source>介绍人</source>
            <translation>介绍人</translation>
        </message>
        <message>
            <source>专属美容师</source>
            <translation>专属美容师</translation>
        </message>
        <message>
            <source>其他肤质</source>
            <translation>其他肤质</translation>
        </message>
        <message>
            <source>肤质</source>
            <translation>肤质</translation>
        </message>
        <message>
            <source>客户已单独同意记录以下皮肤和健康信息（敏感个人信息，均为选填）</source>
            <translation>客户已单独同意记录以下皮肤和健康信息（敏感个人信息，均为选填）</translation>
        </message>
        <message>
            <source>皮肤问题及现状（选填）</source>
            <translation>皮肤问题及现状（选填）</translation>
        </message>
        <message>
            <source>如：对酒精、果酸过敏</source>
            <translation>如：对酒精、果酸过敏</translation>
        </message>
        <message>
            <source>过敏（选填）</source>
            <translation>过敏（选填）</translation>
        </message>
        <message>
            <source>如：孕期、近期做过医美、皮肤破损</source>
            <translation>如：孕期、近期做过医美、皮肤破损</translation>
        </message>
        <message>
            <source>禁忌（选填）</source>
            <translation>禁忌（选填）</translation>
        </message>
        <message>
            <source>轻</source>
            <translation>轻</translation>
        </message>
        <message>
            <source>适中</source>
            <translation>适中</translation>
        </message>
        <message>
            <source>重</source>
            <translation>重</translation>
        </message>
        <message>
            <source>按摩力度</source>
            <translation>按摩力度</translation>
        </message>
        <message>
            <source>力度</source>
            <translation>力度</translation>
        </message>
        <message>
            <source>偏凉</source>
            <translation>偏凉</translation>
        </message>
        <message>
            <source>偏暖</source>
            <translation>偏暖</translation>
        </message>
        <message>
            <source>房间温度</source>
            <translation>房间温度</translation>
        </message>
        <message>
            <source>室温</source>
            <translation>室温</translation>
        </message>
        <message>
            <source>温水</source>
            <translation>温水</translation>
        </message>
        <message>
            <source>花茶</source>
            <translation>花茶</translation>
        </message>
        <message>
            <source>红茶</source>
            <translation>红茶</translation>
        </message>
        <message>
            <source>柠檬水</source>
            <translation>柠檬水</translation>
        </message>
        <message>
            <source>不需要</source>
            <translation>不需要</translation>
        </message>
        <message>
            <source>喜欢的饮品</source>
            <translation>喜欢的饮品</translation>
        </message>
        <message>
            <source>饮品</source>
            <translation>饮品</translation>
        </message>
        <message>
            <source>轻音乐</source>
            <translation>轻音乐</translation>
        </message>
        <message>
            <source>古典</source>
            <translation>古典</translation>
        </message>
        <message>
            <source>流行</source>
            <translation>流行</translation>
        </message>
        <message>
            <source>不要音乐</source>
            <translation>不要音乐</translation>
        </message>
        <message>
            <source>背景音乐</source>
            <translation>背景音乐</translation>
        </message>
        <message>
            <source>音乐</source>
            <translation>音乐</translation>
        </message>
        <message>
            <source>聊天</source>
            <translation>聊天</translation>
        </message>
        <message>
            <source>喜欢的美容师</source>
            <translation>喜欢的美容师</translation>
        </message>
        <message>
            <source>如：瑜伽、烘焙、旅行</source>
            <translation>如：瑜伽、烘焙、旅行</translation>
        </message>
        <message>
            <source>兴趣爱好</source>
            <translation>兴趣爱好</translation>
        </message>
        <message>
            <source>其他联系方式</source>
            <translation>其他联系方式</translation>
        </message>
        <message>
            <source>联系方式</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>如：工作日晚上 7 点后</source>
            <translation>如：工作日晚上 7 点后</translation>
        </message>
        <message>
            <source>方便联系时间</source>
            <translation>方便联系时间</translation>
        </message>
        <message>
            <source>请勿打扰（不主动联系）</source>
            <translation>请勿打扰（不主动联系）</translation>
        </message>
        <message>
            <source>同意接收优惠和活动信息</source>
            <translation>同意接收优惠和活动信息</translation>
        </message>
        <message>
            <source>如：淡化色斑，婚礼前皮肤状态更好</source>
            <translation>如：淡化色斑，婚礼前皮肤状态更好</translation>
        </message>
        <message>
            <source>目标与期望</source>
            <translation>目标与期望</translation>
        </message>
        <message>
            <source>家庭成员</source>
            <translation>家庭成员</translation>
        </message>
        <message>
            <source>纪念日与重要事件</source>
            <translation>纪念日与重要事件</translation>
        </message>
        <message>
            <source>用逗号或空格分隔，如：贵宾，敏感肌</source>
            <translation>用逗号或空格分隔，如：贵宾，敏感肌</translation>
        </message>
        <message>
            <source>标签</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>其他需要记住的事</source>
            <translation>其他需要记住的事</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>未分配</source>
            <translation>未分配</translation>
        </message>
        <message>
            <source>不指定</source>
            <translation>不指定</translation>
        </message>
        <message>
            <source>%1（已停用）</source>
            <translation>%1（已停用）</translation>
        </message>
        <message>
            <source>%1（%2）</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>ClientHistoryPage</name>
        <message>
            <source>她还没有到店或卡项记录。&lt;br&gt;在“客户”页选中她，按 &lt;b&gt;Ctrl+R&lt;/b&gt; 记录到店。</source>
            <translation>她还没有到店或卡项记录。&lt;br&gt;在“客户”页选中她，按 &lt;b&gt;Ctrl+R&lt;/b&gt; 记录到店。</translation>
        </message>
        <message>
            <source>双击到店记录可查看、更正或作废</source>
            <translation>双击到店记录可查看、更正或作废</translation>
        </message>
        <message>
            <source>到店 %1 次，最近一次 %2</source>
            <translation>到店 %1 次，最近一次 %2</translation>
        </message>
        <message>
            <source>还没有到店记录</source>
            <translation>还没有到店记录</translation>
        </message>
    </context>
    <context>
        <name>ClientListPage</name>
        <message>
            <source>搜索：姓名、拼音首字母（如 zxm）、手机尾号、标签…  Ctrl+F</source>
            <translation>搜索：姓名、拼音首字母（如 zxm）、手机尾号、标签…  Ctrl+F</translation>
        </message>
        <message>
            <source>显示已归档</source>
            <translation>显示已归档</translation>
        </message>
        <message>
            <source>新建客户</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <source>打开档案</source>
            <translation>打开档案</translation>
        </message>
        <message>
            <source>记录到店</source>
            <translation>记录到店</translation>
        </message>
        <message>
            <source>分配美容师…</source>
            <translation>分配美容师…</translation>
        </message>
        <message>
            <source>归档</source>
            <translation>归档</translation>
        </message>
        <message>
            <source>个人信息</source>
            <translation>个人信息</translation>
        </message>
        <message>
            <source>导出她的全部资料…</source>
            <translation>导出她的全部资料…</translation>
        </message>
        <message>
            <source>彻底删除她的个人信息…</source>
            <translation>彻底删除她的个人信息…</translation>
        </message>
        <message>
            <source>&lt;p style='font-size:13pt'&gt;还没有客户。&lt;/p&gt;&lt;p&gt;按 &lt;b&gt;Ctrl+N&lt;/b&gt; 新建，或从 &lt;b&gt;文件 ▸ 导入客户&lt;/b&gt; 导入表格；想先看看软件怎么用，可以载入一份演示数据（演示数据只能载入到空的数据库）。&lt;/p&gt;</source>
            <translation>&lt;p style='font-size:13pt'&gt;还没有客户。&lt;/p&gt;&lt;p&gt;按 &lt;b&gt;Ctrl+N&lt;/b&gt; 新建，或从 &lt;b&gt;文件 ▸ 导入客户&lt;/b&gt; 导入表格；想先看看软件怎么用，可以载入一份演示数据（演示数据只能载入到空的数据库）。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>导入客户…</source>
            <translation>导入客户…</translation>
        </message>
        <message>
            <source>载入演示数据…</source>
            <translation>载入演示数据…</translation>
        </message>
        <message>
            <source>没有找到“%1”。&lt;br&gt;试试拼音首字母（如 zxm）、手机尾号或标签；是新客户就按 &lt;b&gt;Ctrl+N&lt;/b&gt; 新建。</source>
            <translation>没有找到“%1”。&lt;br&gt;试试拼音首字母（如 zxm）、手机尾号或标签；是新客户就按 &lt;b&gt;Ctrl+N&lt;/b&gt; 新建。</translation>
        </message>
        <message>
            <source>没有在用的客户。&lt;br&gt;勾选“显示已归档”可以看到已归档的客户，按 &lt;b&gt;Ctrl+N&lt;/b&gt; 新建客户。</source>
            <translation>没有在用的客户。&lt;br&gt;勾选“显示已归档”可以看到已归档的客户，按 &lt;b&gt;Ctrl+N&lt;/b&gt; 新建客户。</translation>
        </message>
        <message numerus="yes">
            <source>%n 位客户</source>
            <translation>
                <numerusform>%n 位客户</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 位以上客户…</source>
            <translation>%1 位以上客户…</translation>
        </message>
        <message>
            <source>恢复</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>归档客户</source>
            <translation>归档客户</translation>
        </message>
        <message>
            <source>归档后，%1 不再出现在日常列表中，历史记录都保留，可随时恢复。确定归档吗？</source>
            <translation>归档后，%1 不再出现在日常列表中，历史记录都保留，可随时恢复。确定归档吗？</translation>
        </message>
    </context>
    <context>
        <name>ClientPackagesPage</name>
        <message>
            <source>她还没有卡项。&lt;br&gt;点“售卡”给她开一张次卡、年卡/月卡或储值卡。</source>
            <translation>她还没有卡项。&lt;br&gt;点“售卡”给她开一张次卡、年卡/月卡或储值卡。</translation>
        </message>
        <message>
            <source>售卡(&amp;S)…</source>
            <translation>售卡(&amp;S)…</translation>
        </message>
        <message>
            <source>充值/续卡(&amp;T)…</source>
            <translation>充值/续卡(&amp;T)…</translation>
        </message>
        <message>
            <source>调整(&amp;J)…</source>
            <translation>调整(&amp;J)…</translation>
        </message>
        <message>
            <source>延期/激活(&amp;E)…</source>
            <translation>延期/激活(&amp;E)…</translation>
        </message>
        <message>
            <source>退卡(&amp;R)…</source>
            <translation>退卡(&amp;R)…</translation>
        </message>
        <message>
            <source>在用 %1 张，共 %2 张</source>
            <translation>在用 %1 张，共 %2 张</translation>
        </message>
        <message>
            <source>卡项</source>
            <translation>卡项</translation>
        </message>
        <message>
            <source>激活(&amp;E)…</source>
            <translation>激活(&amp;E)…</translation>
        </message>
        <message>
            <source>年卡/月卡不能充值，请另售一张新卡</source>
            <translation>年卡/月卡不能充值，请另售一张新卡</translation>
        </message>
        <message>
            <source>还没有卡项。点“售卡”给她开一张卡。</source>
            <translation>还没有卡项。点“售卡”给她开一张卡。</translation>
        </message>
        <message>
            <source>“%1”的明细（每一次变动都有记录）</source>
            <translation>“%1”的明细（每一次变动都有记录）</translation>
        </message>
    </context>
    <context>
        <name>ClientPicker</name>
        <message>
            <source>输入姓名、拼音首字母或电话查找</source>
            <translation>输入姓名、拼音首字母或电话查找</translation>
        </message>
        <message>
            <source>%1（尾号 %2）</source>
            <translation>%1（尾号 %2）</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>生日</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>肤质</source>
            <translation>肤质</translation>
        </message>
        <message>
            <source>专属美容师</source>
            <translation>专属美容师</translation>
        </message>
        <message>
            <source>标签</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>已归档</source>
            <translation>已归档</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDialog</name>
        <message>
            <source>登记投诉：%1</source>
            <translation>登记投诉：%1</translation>
        </message>
        <message>
            <source>她不满意什么、希望怎么处理</source>
            <translation>她不满意什么、希望怎么处理</translation>
        </message>
        <message>
            <source>收到日期</source>
            <translation>收到日期</translation>
        </message>
        <message>
            <source>投诉内容 *</source>
            <translation>投诉内容 *</translation>
        </message>
    </context>
    <context>
        <name>DoneDialog</name>
        <message>
            <source>完成：%1 · %2</source>
            <translation>完成：%1 · %2</translation>
        </message>
        <message>
            <source>说了什么、她怎么说</source>
            <translation>说了什么、她怎么说</translation>
        </message>
        <message>
            <source>方式</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>如：轻微泛红已退，补水后紧绷感减轻</source>
            <translation>如：轻微泛红已退，补水后紧绷感减轻</translation>
        </message>
        <message>
            <source>未问</source>
            <translation>未问</translation>
        </message>
        <message>
            <source>满意</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>不满意</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>已约好下次到店</source>
            <translation>已约好下次到店</translation>
        </message>
        <message>
            <source>皮肤反应</source>
            <translation>皮肤反应</translation>
        </message>
        <message>
            <source>满意吗</source>
            <translation>满意吗</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>成本，元；可不填</source>
            <translation>成本，元；可不填</translation>
        </message>
        <message>
            <source>送了礼物就写上，如：%1</source>
            <translation>送了礼物就写上，如：%1</translation>
        </message>
        <message>
            <source>礼物</source>
            <translation>礼物</translation>
        </message>
        <message>
            <source>礼物成本</source>
            <translation>礼物成本</translation>
        </message>
        <message>
            <source>怎么解决的，如：退还面膜费用并送一次舒缓护理</source>
            <translation>怎么解决的，如：退还面膜费用并送一次舒缓护理</translation>
        </message>
        <message>
            <source>解决办法 *</source>
            <translation>解决办法 *</translation>
        </message>
        <message>
            <source>完成</source>
            <translation>完成</translation>
        </message>
    </context>
    <context>
        <name>DryRunPage</name>
        <message>
            <source>导入前先看结果</source>
            <translation>导入前先看结果</translation>
        </message>
        <message>
            <source>这是试运行，还没有写入任何东西。点“导入”后一次写入；被拒绝的行不会导入。</source>
            <translation>这是试运行，还没有写入任何东西。点“导入”后一次写入；被拒绝的行不会导入。</translation>
        </message>
        <message>
            <source>表里的美容师不在员工名单里时，新建为美容师（否则记入客户备注）</source>
            <translation>表里的美容师不在员工名单里时，新建为美容师（否则记入客户备注）</translation>
        </message>
        <message>
            <source>表中客户已单独同意记录过敏信息（敏感个人信息）；不勾选则过敏一列不导入</source>
            <translation>表中客户已单独同意记录过敏信息（敏感个人信息）；不勾选则过敏一列不导入</translation>
        </message>
        <message>
            <source>只看合并、拒绝和跳过的行</source>
            <translation>只看合并、拒绝和跳过的行</translation>
        </message>
        <message>
            <source>行</source>
            <translation>行</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>EventEditor</name>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>添加纪念日/事件</source>
            <translation>添加纪念日/事件</translation>
        </message>
        <message>
            <source>如：结婚十周年、宝宝满月</source>
            <translation>如：结婚十周年、宝宝满月</translation>
        </message>
    </context>
    <context>
        <name>ExtendDialog</name>
        <message>
            <source>激活 – %1</source>
            <translation>激活 – %1</translation>
        </message>
        <message>
            <source>延期 – %1</source>
            <translation>延期 – %1</translation>
        </message>
        <message>
            <source>确认激活</source>
            <translation>确认激活</translation>
        </message>
        <message>
            <source>确认延期</source>
            <translation>确认延期</translation>
        </message>
        <message>
            <source>长期有效</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <source>（已过期）</source>
            <translation>（已过期）</translation>
        </message>
        <message>
            <source>原到期日</source>
            <translation>原到期日</translation>
        </message>
        <message>
            <source>%1 次</source>
            <translation>%1 次</translation>
        </message>
        <message>
            <source>不限次，可继续使用</source>
            <translation>不限次，可继续使用</translation>
        </message>
        <message>
            <source>无（过期时已用完）</source>
            <translation>无（过期时已用完）</translation>
        </message>
        <message>
            <source>激活后恢复</source>
            <translation>激活后恢复</translation>
        </message>
        <message>
            <source>+1 个月</source>
            <translation>+1 个月</translation>
        </message>
        <message>
            <source>+3 个月</source>
            <translation>+3 个月</translation>
        </message>
        <message>
            <source>+1 年</source>
            <translation>+1 年</translation>
        </message>
        <message>
            <source>新的到期日</source>
            <translation>新的到期日</translation>
        </message>
        <message>
            <source>如：客户住院、店内装修停业补偿（选填）</source>
            <translation>如：客户住院、店内装修停业补偿（选填）</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>未指定</source>
            <translation>未指定</translation>
        </message>
        <message>
            <source>经办人</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>这张卡刚刚到期了，请关闭后重新打开。</source>
            <translation>这张卡刚刚到期了，请关闭后重新打开。</translation>
        </message>
        <message>
            <source>这张卡刚刚到期了，请关闭后重新打开“延期/激活”，确认激活后恢复的内容。</source>
            <translation>这张卡刚刚到期了，请关闭后重新打开“延期/激活”，确认激活后恢复的内容。</translation>
        </message>
    </context>
    <context>
        <name>FamilyEditor</name>
        <message>
            <source>关系</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>生日</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>添加家庭成员</source>
            <translation>添加家庭成员</translation>
        </message>
        <message>
            <source>如：在读高三</source>
            <translation>如：在读高三</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>选择客户表</source>
            <translation>选择客户表</translation>
        </message>
        <message>
            <source>原来的 Excel 表（.xlsx）或 CSV 文件；旧版 .xls 请先在 Excel 里另存为 .xlsx。</source>
            <translation>原来的 Excel 表（.xlsx）或 CSV 文件；旧版 .xls 请先在 Excel 里另存为 .xlsx。</translation>
        </message>
        <message>
            <source>还没有选择文件</source>
            <translation>还没有选择文件</translation>
        </message>
        <message>
            <source>选择文件(&amp;O)…</source>
            <translation>选择文件(&amp;O)…</translation>
        </message>
        <message>
            <source>工作表：</source>
            <translation>工作表：</translation>
        </message>
        <message>
            <source>表格 (*.xlsx *.xlsm *.csv *.txt *.xls);;所有文件 (*)</source>
            <translation>表格 (*.xlsx *.xlsm *.csv *.txt *.xls);;所有文件 (*)</translation>
        </message>
        <message>
            <source>%1（%2 行）</source>
            <translation>%1（%2 行）</translation>
        </message>
        <message>
            <source>表头在第 %1 行。</source>
            <translation>表头在第 %1 行。</translation>
        </message>
        <message>
            <source>这张表里找不到写着“姓名”的表头行，请在下一步指定表头所在的行。</source>
            <translation>这张表里找不到写着“姓名”的表头行，请在下一步指定表头所在的行。</translation>
        </message>
    </context>
    <context>
        <name>FirstOwnerDialog</name>
        <message>
            <source>欢迎使用客情管家</source>
            <translation>欢迎使用客情管家</translation>
        </message>
        <message>
            <source>客户资料和储值余额是店里最要紧的东西。请先为老板设置一个密码：前台和美容师的密码由老板在“美容师/员工”里设置。</source>
            <translation>客户资料和储值余额是店里最要紧的东西。请先为老板设置一个密码：前台和美容师的密码由老板在“美容师/员工”里设置。</translation>
        </message>
        <message>
            <source>老板姓名</source>
            <translation>老板姓名</translation>
        </message>
        <message>
            <source>设置密码</source>
            <translation>设置密码</translation>
        </message>
        <message>
            <source>再输一次</source>
            <translation>再输一次</translation>
        </message>
        <message>
            <source>开始使用</source>
            <translation>开始使用</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>这条记录已不存在，无法保存。</source>
            <translation>这条记录已不存在，无法保存。</translation>
        </message>
        <message>
            <source>保存失败：数据库暂时无法写入（%1）。请稍后再试。</source>
            <translation>保存失败：数据库暂时无法写入（%1）。请稍后再试。</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>用户指南</source>
            <translation>用户指南</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>帮助(&amp;H)</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>用户指南(&amp;G)</source>
            <translation>用户指南(&amp;G)</translation>
        </message>
        <message>
            <source>关于客情管家(&amp;A)…</source>
            <translation>关于客情管家(&amp;A)…</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>今天</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>本周</source>
            <translation>本周</translation>
        </message>
        <message>
            <source>本月</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>上月</source>
            <translation>上月</translation>
        </message>
        <message>
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>客户姓名、拼音首字母或手机尾号</source>
            <translation>客户姓名、拼音首字母或手机尾号</translation>
        </message>
        <message>
            <source>含作废(&amp;V)</source>
            <translation>含作废(&amp;V)</translation>
        </message>
        <message>
            <source>实收：现金、微信、支付宝、刷卡等当场收到的钱；储值是从储值卡里扣的钱，卡扣是从次卡/年卡里扣的次数。作废的记录不计入合计。</source>
            <translation>实收：现金、微信、支付宝、刷卡等当场收到的钱；储值是从储值卡里扣的钱，卡扣是从次卡/年卡里扣的次数。作废的记录不计入合计。</translation>
        </message>
        <message>
            <source>日期(&amp;D)</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>至</source>
            <translation>至</translation>
        </message>
        <message>
            <source>美容师(&amp;T)</source>
            <translation>美容师(&amp;T)</translation>
        </message>
        <message>
            <source>项目(&amp;S)</source>
            <translation>项目(&amp;S)</translation>
        </message>
        <message>
            <source>付款方式(&amp;P)</source>
            <translation>付款方式(&amp;P)</translation>
        </message>
        <message>
            <source>客户(&amp;C)</source>
            <translation>客户(&amp;C)</translation>
        </message>
        <message>
            <source>本期收支（按日期，含售卡、充值和退卡；不受美容师、项目等筛选影响）</source>
            <translation>本期收支（按日期，含售卡、充值和退卡；不受美容师、项目等筛选影响）</translation>
        </message>
        <message>
            <source>没有符合这些条件的到店记录。&lt;br&gt;清空客户框，或把美容师、项目、付款方式改回“全部”试试。</source>
            <translation>没有符合这些条件的到店记录。&lt;br&gt;清空客户框，或把美容师、项目、付款方式改回“全部”试试。</translation>
        </message>
        <message>
            <source>%1 至 %2 没有到店记录。&lt;br&gt;换一个日期范围（本月、上月），或在“客户”页选中客户后按 &lt;b&gt;Ctrl+R&lt;/b&gt; 记录到店。</source>
            <translation>%1 至 %2 没有到店记录。&lt;br&gt;换一个日期范围（本月、上月），或在“客户”页选中客户后按 &lt;b&gt;Ctrl+R&lt;/b&gt; 记录到店。</translation>
        </message>
        <message>
            <source>%1（已停用）</source>
            <translation>%1（已停用）</translation>
        </message>
        <message>
            <source>共 %1 笔</source>
            <translation>共 %1 笔</translation>
        </message>
        <message>
            <source>合计和收支只有老板、店长可以查看。</source>
            <translation>合计和收支只有老板、店长可以查看。</translation>
        </message>
        <message>
            <source>合计没有算出来：%1</source>
            <translation>合计没有算出来：%1</translation>
        </message>
        <message>
            <source>（含作废 %1 笔，不计入合计）</source>
            <translation>（含作废 %1 笔，不计入合计）</translation>
        </message>
        <message>
            <source>消费合计 %1</source>
            <translation>消费合计 %1</translation>
        </message>
        <message>
            <source>实收 %1</source>
            <translation>实收 %1</translation>
        </message>
        <message>
            <source>卡扣 %1 次</source>
            <translation>卡扣 %1 次</translation>
        </message>
    </context>
    <context>
        <name>HistoryTableModel</name>
        <message>
            <source>日期时间</source>
            <translation>日期时间</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>项目/产品</source>
            <translation>项目/产品</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>美容师</translation>
        </message>
        <message>
            <source>金额</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>付款方式</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>卡扣</source>
            <translation>卡扣</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>作废</source>
            <translation>作废</translation>
        </message>
        <message>
            <source>已作废：%1</source>
            <translation>已作废：%1</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>与第 %1 行同一电话，合并</source>
            <translation>与第 %1 行同一电话，合并</translation>
        </message>
        <message>
            <source>电话已登记，并入客户编号 %1</source>
            <translation>电话已登记，并入客户编号 %1</translation>
        </message>
        <message>
            <source>已导入：新建 %1 位客户，合并 %2 行，拒绝 %3 行，跳过 %4 行。</source>
            <translation>已导入：新建 %1 位客户，合并 %2 行，拒绝 %3 行，跳过 %4 行。</translation>
        </message>
        <message>
            <source>将会新建 %1 位客户，合并 %2 行（同一电话），拒绝 %3 行，跳过 %4 行。</source>
            <translation>将会新建 %1 位客户，合并 %2 行（同一电话），拒绝 %3 行，跳过 %4 行。</translation>
        </message>
        <message>
            <source>不在员工名单里的美容师：%1。</source>
            <translation>不在员工名单里的美容师：%1。</translation>
        </message>
        <message>
            <source>导入客户</source>
            <translation>导入客户</translation>
        </message>
        <message>
            <source>下一步(&amp;N) &gt;</source>
            <translation>下一步(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>&lt; 上一步(&amp;B)</source>
            <translation>&lt; 上一步(&amp;B)</translation>
        </message>
        <message>
            <source>导入(&amp;I)</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>正在读取 %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <source>正在检查每一行…</source>
            <translation>正在检查每一行…</translation>
        </message>
        <message>
            <source>正在导入客户…</source>
            <translation>正在导入客户…</translation>
        </message>
        <message>
            <source>已取消，没有导入任何客户。</source>
            <translation>已取消，没有导入任何客户。</translation>
        </message>
        <message>
            <source>出错了，没有导入任何客户：%1</source>
            <translation>出错了，没有导入任何客户：%1</translation>
        </message>
    </context>
    <context>
        <name>ItemPicker</name>
        <message>
            <source>输入名称、拼音首字母或简码，回车添加</source>
            <translation>输入名称、拼音首字母或简码，回车添加</translation>
        </message>
        <message>
            <source>〔产品〕</source>
            <translation>〔产品〕</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>语言</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>软件的语言</source>
            <translation>软件的语言</translation>
        </message>
        <message>
            <source>选择后立即切换。以后也可以在“设置 ▸ 本机”里更改。</source>
            <translation>选择后立即切换。以后也可以在“设置 ▸ 本机”里更改。</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialog</name>
        <message>
            <source>停用 %1</source>
            <translation>停用 %1</translation>
        </message>
        <message>
            <source>%1 有 %2 位专属客户。停用前，她们交给谁照顾？</source>
            <translation>%1 有 %2 位专属客户。停用前，她们交给谁照顾？</translation>
        </message>
        <message>
            <source>交给</source>
            <translation>交给</translation>
        </message>
        <message>
            <source>请选择美容师</source>
            <translation>请选择美容师</translation>
        </message>
        <message>
            <source>%1（已有 %2 位）</source>
            <translation>%1（已有 %2 位）</translation>
        </message>
        <message>
            <source>暂不分配，标记为“%1”（在客户列表里搜这个标签就能找到）</source>
            <translation>暂不分配，标记为“%1”（在客户列表里搜这个标签就能找到）</translation>
        </message>
        <message>
            <source>停用</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>请选择接手的美容师。</source>
            <translation>请选择接手的美容师。</translation>
        </message>
    </context>
    <context>
        <name>LedgerTableModel</name>
        <message>
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>变动</source>
            <translation>变动</translation>
        </message>
        <message>
            <source>变动后剩余</source>
            <translation>变动后剩余</translation>
        </message>
        <message>
            <source>收/退款</source>
            <translation>收/退款</translation>
        </message>
        <message>
            <source>经办人</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>原因/备注</source>
            <translation>原因/备注</translation>
        </message>
        <message>
            <source>（本金 %1，赠送 %2）</source>
            <translation>（本金 %1，赠送 %2）</translation>
        </message>
        <message>
            <source>%1 次</source>
            <translation>%1 次</translation>
        </message>
        <message>
            <source>不限次</source>
            <translation>不限次</translation>
        </message>
    </context>
    <context>
        <name>LinesEditor</name>
        <message>
            <source>添加</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>添加输入的项目或产品（回车）</source>
            <translation>添加输入的项目或产品（回车）</translation>
        </message>
        <message>
            <source>添加项目/产品</source>
            <translation>添加项目/产品</translation>
        </message>
        <message>
            <source>项目/产品</source>
            <translation>项目/产品</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>单价</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>优惠</source>
            <translation>优惠</translation>
        </message>
        <message>
            <source>支付方式</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>美容师</translation>
        </message>
        <message>
            <source>金额</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>还没有项目。输入名称（如“清洁”）后按回车，或点下拉箭头选择。</source>
            <translation>还没有项目。输入名称（如“清洁”）后按回车，或点下拉箭头选择。</translation>
        </message>
        <message>
            <source>去添加项目…</source>
            <translation>去添加项目…</translation>
        </message>
        <message>
            <source>还没有可选的项目和产品：请先在“项目与卡项”里添加服务项目。</source>
            <translation>还没有可选的项目和产品：请先在“项目与卡项”里添加服务项目。</translation>
        </message>
        <message>
            <source>回车添加“%1”，或输入名称、拼音首字母、简码</source>
            <translation>回车添加“%1”，或输入名称、拼音首字母、简码</translation>
        </message>
        <message>
            <source>输入名称、拼音首字母或简码，回车添加</source>
            <translation>输入名称、拼音首字母或简码，回车添加</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>客情管家</source>
            <translation>客情管家</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>美容师/员工</source>
            <translation>美容师/员工</translation>
        </message>
        <message>
            <source>项目与卡项</source>
            <translation>项目与卡项</translation>
        </message>
        <message>
            <source>消费记录</source>
            <translation>消费记录</translation>
        </message>
        <message>
            <source>提醒</source>
            <translation>提醒</translation>
        </message>
        <message>
            <source>报表</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>切换用户(&amp;U)</source>
            <translation>切换用户(&amp;U)</translation>
        </message>
        <message>
            <source>操作记录(&amp;A)…</source>
            <translation>操作记录(&amp;A)…</translation>
        </message>
        <message>
            <source>修改我的密码…</source>
            <translation>修改我的密码…</translation>
        </message>
        <message>
            <source>备份(&amp;B)</source>
            <translation>备份(&amp;B)</translation>
        </message>
        <message>
            <source>立即备份(&amp;B)</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <source>从备份恢复(&amp;R)…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>备份文件夹(&amp;F)…</source>
            <translation>备份文件夹(&amp;F)…</translation>
        </message>
        <message>
            <source>从备份恢复</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>请先关闭正在编辑的客户、到店记录或售卡窗口。</source>
            <translation>请先关闭正在编辑的客户、到店记录或售卡窗口。</translation>
        </message>
        <message>
            <source>已恢复。恢复前的数据另存为 %1。</source>
            <translation>已恢复。恢复前的数据另存为 %1。</translation>
        </message>
        <message>
            <source>文件(&amp;F)</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>新建客户(&amp;N)</source>
            <translation>新建客户(&amp;N)</translation>
        </message>
        <message>
            <source>查找客户(&amp;F)</source>
            <translation>查找客户(&amp;F)</translation>
        </message>
        <message>
            <source>记录到店(&amp;R)…</source>
            <translation>记录到店(&amp;R)…</translation>
        </message>
        <message>
            <source>载入演示数据…</source>
            <translation>载入演示数据…</translation>
        </message>
        <message>
            <source>退出(&amp;Q)</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>给所选客户售卡(&amp;K)…</source>
            <translation>给所选客户售卡(&amp;K)…</translation>
        </message>
        <message>
            <source>设置(&amp;S)…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>导出给会计(&amp;E)…</source>
            <translation>导出给会计(&amp;E)…</translation>
        </message>
        <message>
            <source>导入客户(&amp;I)…</source>
            <translation>导入客户(&amp;I)…</translation>
        </message>
        <message>
            <source>请先在列表中选择一位客户。</source>
            <translation>请先在列表中选择一位客户。</translation>
        </message>
        <message>
            <source>载入演示数据</source>
            <translation>载入演示数据</translation>
        </message>
        <message>
            <source>数据库里已经有客户了。演示数据只能载入到空的数据库，以免和真实数据混在一起。</source>
            <translation>数据库里已经有客户了。演示数据只能载入到空的数据库，以免和真实数据混在一起。</translation>
        </message>
        <message>
            <source>欢迎使用客情管家</source>
            <translation>欢迎使用客情管家</translation>
        </message>
        <message>
            <source>数据库还是空的。要先载入一份演示数据（%1 位客户、美容师、项目和卡项，以及两年的到店记录），看看软件怎么用吗？
之后想用真实数据时，换一个新的数据库文件即可。</source>
            <translation>数据库还是空的。要先载入一份演示数据（%1 位客户、美容师、项目和卡项，以及两年的到店记录），看看软件怎么用吗？
之后想用真实数据时，换一个新的数据库文件即可。</translation>
        </message>
        <message>
            <source>正在生成演示客户…</source>
            <translation>正在生成演示客户…</translation>
        </message>
        <message>
            <source>演示数据没有载入：%1</source>
            <translation>演示数据没有载入：%1</translation>
        </message>
        <message>
            <source>当前：%1（%2）</source>
            <translation>当前：%1（%2）</translation>
        </message>
        <message>
            <source>%1 位客户</source>
            <translation>%1 位客户</translation>
        </message>
        <message>
            <source>上次备份 %1</source>
            <translation>上次备份 %1</translation>
        </message>
        <message>
            <source>还没有备份</source>
            <translation>还没有备份</translation>
        </message>
        <message>
            <source>数据库：%1</source>
            <translation>数据库：%1</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>核对每一列</source>
            <translation>核对每一列</translation>
        </message>
        <message>
            <source>每一列上方选它记的是什么；认不出的列记入备注，选“不导入”则不要。</source>
            <translation>每一列上方选它记的是什么；认不出的列记入备注，选“不导入”则不要。</translation>
        </message>
        <message>
            <source>表头在第</source>
            <translation>表头在第</translation>
        </message>
        <message>
            <source>行</source>
            <translation>行</translation>
        </message>
        <message>
            <source>导入为</source>
            <translation>导入为</translation>
        </message>
        <message>
            <source>请指定哪一列是姓名。</source>
            <translation>请指定哪一列是姓名。</translation>
        </message>
    </context>
    <context>
        <name>MoneyFlowTable</name>
        <message>
            <source>合计</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>实收（不含储值）</source>
            <translation>实收（不含储值）</translation>
        </message>
        <message>
            <source>从储值卡里扣的钱：卡是以前售出的，这里不是新收入</source>
            <translation>从储值卡里扣的钱：卡是以前售出的，这里不是新收入</translation>
        </message>
        <message>
            <source>到店消费</source>
            <translation>到店消费</translation>
        </message>
    </context>
    <context>
        <name>OwnerPage</name>
        <message>
            <source>老板和密码</source>
            <translation>老板和密码</translation>
        </message>
    </context>
    <context>
        <name>PackageTableModel</name>
        <message>
            <source>卡项</source>
            <translation>卡项</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>剩余</source>
            <translation>剩余</translation>
        </message>
        <message>
            <source>到期</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>长期</source>
            <translation>长期</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>实付</source>
            <translation>实付</translation>
        </message>
        <message>
            <source>购买日期</source>
            <translation>购买日期</translation>
        </message>
        <message>
            <source>可用项目</source>
            <translation>可用项目</translation>
        </message>
    </context>
    <context>
        <name>PaymentEditor</name>
        <message>
            <source>填入还差的金额</source>
            <translation>填入还差的金额</translation>
        </message>
        <message>
            <source>实收现金</source>
            <translation>实收现金</translation>
        </message>
        <message>
            <source>实收</source>
            <translation>实收</translation>
        </message>
        <message>
            <source>没有可用的储值卡</source>
            <translation>没有可用的储值卡</translation>
        </message>
        <message>
            <source>%1（余额 %2）</source>
            <translation>%1（余额 %2）</translation>
        </message>
        <message>
            <source>应付 ¥%1</source>
            <translation>应付 ¥%1</translation>
        </message>
        <message>
            <source>应付 —</source>
            <translation>应付 —</translation>
        </message>
        <message>
            <source>已付 ¥%1</source>
            <translation>已付 ¥%1</translation>
        </message>
        <message>
            <source>已付 —</source>
            <translation>已付 —</translation>
        </message>
        <message>
            <source>已作废，款项已全部退回</source>
            <translation>已作废，款项已全部退回</translation>
        </message>
        <message>
            <source>储值卡余额只有 ¥%1</source>
            <translation>储值卡余额只有 ¥%1</translation>
        </message>
        <message>
            <source>还差 ¥%1</source>
            <translation>还差 ¥%1</translation>
        </message>
        <message>
            <source>多付 ¥%1</source>
            <translation>多付 ¥%1</translation>
        </message>
        <message>
            <source>已付清</source>
            <translation>已付清</translation>
        </message>
        <message>
            <source>这次没有现金付款</source>
            <translation>这次没有现金付款</translation>
        </message>
        <message>
            <source>实收不足 ¥%1</source>
            <translation>实收不足 ¥%1</translation>
        </message>
        <message>
            <source>找零 ¥%1</source>
            <translation>找零 ¥%1</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>新增卡项</source>
            <translation>新增卡项</translation>
        </message>
        <message>
            <source>编辑卡项</source>
            <translation>编辑卡项</translation>
        </message>
        <message>
            <source>必填，如：清洁10次卡、理疗年卡、储值1000送200</source>
            <translation>必填，如：清洁10次卡、理疗年卡、储值1000送200</translation>
        </message>
        <message>
            <source>次卡/疗程卡（买 N 次）</source>
            <translation>次卡/疗程卡（买 N 次）</translation>
        </message>
        <message>
            <source>年卡/月卡（有效期内使用）</source>
            <translation>年卡/月卡（有效期内使用）</translation>
        </message>
        <message>
            <source>储值卡（充值送金额）</source>
            <translation>储值卡（充值送金额）</translation>
        </message>
        <message>
            <source>元</source>
            <translation>元</translation>
        </message>
        <message>
            <source> 次</source>
            <translation> 次</translation>
        </message>
        <message>
            <source>元，如 200；不送留空</source>
            <translation>元，如 200；不送留空</translation>
        </message>
        <message>
            <source> 天</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>长期有效</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <source>一个月</source>
            <translation>一个月</translation>
        </message>
        <message>
            <source>三个月</source>
            <translation>三个月</translation>
        </message>
        <message>
            <source>一年</source>
            <translation>一年</translation>
        </message>
        <message>
            <source>在售（停售后老客户的卡照常使用）</source>
            <translation>在售（停售后老客户的卡照常使用）</translation>
        </message>
        <message>
            <source>名称 *</source>
            <translation>名称 *</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>售价 *</source>
            <translation>售价 *</translation>
        </message>
        <message>
            <source>次数</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>赠送次数</source>
            <translation>赠送次数</translation>
        </message>
        <message>
            <source>赠送金额</source>
            <translation>赠送金额</translation>
        </message>
        <message>
            <source>有效期</source>
            <translation>有效期</translation>
        </message>
        <message>
            <source>提示：记名储值卡按规定不设有效期；设了也不会作废余额，过期后可激活或按剩余本金退款。</source>
            <translation>提示：记名储值卡按规定不设有效期；设了也不会作废余额，过期后可激活或按剩余本金退款。</translation>
        </message>
        <message>
            <source>可用项目 *</source>
            <translation>可用项目 *</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>%1（已停用）</source>
            <translation>%1（已停用）</translation>
        </message>
        <message>
            <source>充值金额 *</source>
            <translation>充值金额 *</translation>
        </message>
        <message>
            <source>次数上限</source>
            <translation>次数上限</translation>
        </message>
        <message>
            <source>不限次</source>
            <translation>不限次</translation>
        </message>
        <message>
            <source>请选择</source>
            <translation>请选择</translation>
        </message>
        <message>
            <source>次数 *</source>
            <translation>次数 *</translation>
        </message>
        <message>
            <source>请填写卡项名称。</source>
            <translation>请填写卡项名称。</translation>
        </message>
    </context>
    <context>
        <name>PlanTableModel</name>
        <message>
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>售价</source>
            <translation>售价</translation>
        </message>
        <message>
            <source>次数/赠送</source>
            <translation>次数/赠送</translation>
        </message>
        <message>
            <source>有效期</source>
            <translation>有效期</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>可用项目</source>
            <translation>可用项目</translation>
        </message>
        <message>
            <source>送 %1 元</source>
            <translation>送 %1 元</translation>
        </message>
        <message>
            <source>限 %1 次</source>
            <translation>限 %1 次</translation>
        </message>
        <message>
            <source>不限次</source>
            <translation>不限次</translation>
        </message>
        <message>
            <source>%1 次</source>
            <translation>%1 次</translation>
        </message>
        <message>
            <source> + 赠 %1 次</source>
            <translation> + 赠 %1 次</translation>
        </message>
        <message>
            <source>长期</source>
            <translation>长期</translation>
        </message>
        <message>
            <source>%1 天</source>
            <translation>%1 天</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>新增产品</source>
            <translation>新增产品</translation>
        </message>
        <message>
            <source>编辑产品</source>
            <translation>编辑产品</translation>
        </message>
        <message>
            <source>如：雅漾、薇诺娜</source>
            <translation>如：雅漾、薇诺娜</translation>
        </message>
        <message>
            <source>必填，如：舒护活泉水喷雾 150ml</source>
            <translation>必填，如：舒护活泉水喷雾 150ml</translation>
        </message>
        <message>
            <source>如：面膜、精华、防晒</source>
            <translation>如：面膜、精华、防晒</translation>
        </message>
        <message>
            <source>元，如 128</source>
            <translation>元，如 128</translation>
        </message>
        <message>
            <source>在售</source>
            <translation>在售</translation>
        </message>
        <message>
            <source>品牌</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>名称 *</source>
            <translation>名称 *</translation>
        </message>
        <message>
            <source>简码</source>
            <translation>简码</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>价格 *</source>
            <translation>价格 *</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>请填写产品名称。</source>
            <translation>请填写产品名称。</translation>
        </message>
        <message>
            <source>价格</source>
            <translation>价格</translation>
        </message>
    </context>
    <context>
        <name>ProductTableModel</name>
        <message>
            <source>品牌</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>价格</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>PurchasePayments</name>
        <message>
            <source>点一下，把还差的金额填到这里</source>
            <translation>点一下，把还差的金额填到这里</translation>
        </message>
        <message>
            <source>有金额格式不对</source>
            <translation>有金额格式不对</translation>
        </message>
        <message>
            <source>已收 %1</source>
            <translation>已收 %1</translation>
        </message>
        <message>
            <source>已收 %1，正好</source>
            <translation>已收 %1，正好</translation>
        </message>
        <message>
            <source>已收 %1 / 应收 %2，还差 %3</source>
            <translation>已收 %1 / 应收 %2，还差 %3</translation>
        </message>
        <message>
            <source>已收 %1 / 应收 %2，多了 %3</source>
            <translation>已收 %1 / 应收 %2，多了 %3</translation>
        </message>
    </context>
    <context>
        <name>ReceiptDialog</name>
        <message>
            <source>小票 — %1</source>
            <translation>小票 — %1</translation>
        </message>
        <message>
            <source>打印…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>保存为 PDF…</source>
            <translation>保存为 PDF…</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>小票</source>
            <translation>小票</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <source>退卡 – %1</source>
            <translation>退卡 – %1</translation>
        </message>
        <message>
            <source>如：搬家、对效果不满意；不填记为“客户申请退卡”</source>
            <translation>如：搬家、对效果不满意；不填记为“客户申请退卡”</translation>
        </message>
        <message>
            <source>未指定</source>
            <translation>未指定</translation>
        </message>
        <message>
            <source>退款方式</source>
            <translation>退款方式</translation>
        </message>
        <message>
            <source>退卡原因</source>
            <translation>退卡原因</translation>
        </message>
        <message>
            <source>经办人</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>确认退卡</source>
            <translation>确认退卡</translation>
        </message>
        <message>
            <source>打印结算单(&amp;P)…</source>
            <translation>打印结算单(&amp;P)…</translation>
        </message>
        <message>
            <source>存为 PDF…</source>
            <translation>存为 PDF…</translation>
        </message>
        <message>
            <source>卡已于 %1 到期；到期时未用完的部分仍属客户，照常退还</source>
            <translation>卡已于 %1 到期；到期时未用完的部分仍属客户，照常退还</translation>
        </message>
        <message>
            <source>实付金额：%1 元，共 %2 次（含赠送）</source>
            <translation>实付金额：%1 元，共 %2 次（含赠送）</translation>
        </message>
        <message>
            <source>每次实际单价：%1 ÷ %2 = %3 元</source>
            <translation>每次实际单价：%1 ÷ %2 = %3 元</translation>
        </message>
        <message>
            <source>已使用 %1 次，按实际单价计 %2 元</source>
            <translation>已使用 %1 次，按实际单价计 %2 元</translation>
        </message>
        <message>
            <source>（不按项目原价 %1 元/次计算）</source>
            <translation>（不按项目原价 %1 元/次计算）</translation>
        </message>
        <message>
            <source>应退金额：%1 − %2 = %3 元</source>
            <translation>应退金额：%1 − %2 = %3 元</translation>
        </message>
        <message>
            <source>实付本金合计：%1 元</source>
            <translation>实付本金合计：%1 元</translation>
        </message>
        <message>
            <source>已消费本金：%1 元（消费时本金与赠送金额按同比例扣减）</source>
            <translation>已消费本金：%1 元（消费时本金与赠送金额按同比例扣减）</translation>
        </message>
        <message>
            <source>剩余本金：%1 元；剩余赠送金额 %2 元为赠送，不退</source>
            <translation>剩余本金：%1 元；剩余赠送金额 %2 元为赠送，不退</translation>
        </message>
        <message>
            <source>应退金额：%1 元</source>
            <translation>应退金额：%1 元</translation>
        </message>
        <message>
            <source>实付金额：%1 元，购买的期限 %2 至 %3，共 %4 天</source>
            <translation>实付金额：%1 元，购买的期限 %2 至 %3，共 %4 天</translation>
        </message>
        <message>
            <source>剩余 %1 天（自 %2 起计）</source>
            <translation>剩余 %1 天（自 %2 起计）</translation>
        </message>
        <message>
            <source>延期至 %1 的天数为赠送，不计入退款</source>
            <translation>延期至 %1 的天数为赠送，不计入退款</translation>
        </message>
        <message>
            <source>限次卡：已用 %1 / %2 次，退款不超过未用次数的价值</source>
            <translation>限次卡：已用 %1 / %2 次，退款不超过未用次数的价值</translation>
        </message>
        <message>
            <source>应退金额：%1 × %2 ÷ %3 = %4 元</source>
            <translation>应退金额：%1 × %2 ÷ %3 = %4 元</translation>
        </message>
        <message>
            <source>长期有效</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <source>计算依据：最高人民法院《关于审理预付式消费民事纠纷案件适用法律若干问题的解释》（法释〔2025〕4号）。已消费部分按客户实际支付的价格计算，不按原价。</source>
            <translation>计算依据：最高人民法院《关于审理预付式消费民事纠纷案件适用法律若干问题的解释》（法释〔2025〕4号）。已消费部分按客户实际支付的价格计算，不按原价。</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>卡项</source>
            <translation>卡项</translation>
        </message>
        <message>
            <source>购卡日期</source>
            <translation>购卡日期</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <source>结算日期</source>
            <translation>结算日期</translation>
        </message>
        <message>
            <source>退卡结算单</source>
            <translation>退卡结算单</translation>
        </message>
        <message>
            <source>应退金额</source>
            <translation>应退金额</translation>
        </message>
        <message>
            <source>客户签字</source>
            <translation>客户签字</translation>
        </message>
        <message>
            <source>门店经办</source>
            <translation>门店经办</translation>
        </message>
        <message>
            <source>打印退卡结算单</source>
            <translation>打印退卡结算单</translation>
        </message>
        <message>
            <source>退卡结算单-%1-%2.pdf</source>
            <translation>退卡结算单-%1-%2.pdf</translation>
        </message>
        <message>
            <source>存为 PDF</source>
            <translation>存为 PDF</translation>
        </message>
        <message>
            <source>退给 %1 %2（%3），并关闭“%4”？退卡后不能撤销。</source>
            <translation>退给 %1 %2（%3），并关闭“%4”？退卡后不能撤销。</translation>
        </message>
    </context>
    <context>
        <name>ReminderTableModel</name>
        <message>
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>（逾期）</source>
            <translation>（逾期）</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>美容师</translation>
        </message>
        <message>
            <source>事项</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>说明/问候语</source>
            <translation>说明/问候语</translation>
        </message>
    </context>
    <context>
        <name>RemindersPage</name>
        <message>
            <source> 天内</source>
            <translation> 天内</translation>
        </message>
        <message>
            <source>全部客户</source>
            <translation>全部客户</translation>
        </message>
        <message>
            <source>%1 的客户在前</source>
            <translation>%1 的客户在前</translation>
        </message>
        <message>
            <source>完成(&amp;D)…</source>
            <translation>完成(&amp;D)…</translation>
        </message>
        <message>
            <source>稍后(&amp;L)…</source>
            <translation>稍后(&amp;L)…</translation>
        </message>
        <message>
            <source>忽略(&amp;I)</source>
            <translation>忽略(&amp;I)</translation>
        </message>
        <message>
            <source>复制问候语(&amp;C)</source>
            <translation>复制问候语(&amp;C)</translation>
        </message>
        <message>
            <source>打开档案(&amp;O)</source>
            <translation>打开档案(&amp;O)</translation>
        </message>
        <message>
            <source>登记投诉…</source>
            <translation>登记投诉…</translation>
        </message>
        <message>
            <source>打印…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>导出 Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>从</source>
            <translation>从</translation>
        </message>
        <message>
            <source>正在整理提醒…</source>
            <translation>正在整理提醒…</translation>
        </message>
        <message>
            <source>全部 %1 条</source>
            <translation>全部 %1 条</translation>
        </message>
        <message>
            <source>没有需要处理的提醒。</source>
            <translation>没有需要处理的提醒。</translation>
        </message>
        <message>
            <source>逾期 %1 条（排在最前）　</source>
            <translation>逾期 %1 条（排在最前）　</translation>
        </message>
        <message>
            <source>从 %1 起 %2 天内没有要跟进的提醒。&lt;br&gt;护理回访、生日、卡项到期和流失预警到时会出现在这里；把天数调大可以看得更远。</source>
            <translation>从 %1 起 %2 天内没有要跟进的提醒。&lt;br&gt;护理回访、生日、卡项到期和流失预警到时会出现在这里；把天数调大可以看得更远。</translation>
        </message>
        <message>
            <source>提醒没有整理出来：%1</source>
            <translation>提醒没有整理出来：%1</translation>
        </message>
        <message>
            <source>提醒</source>
            <translation>提醒</translation>
        </message>
        <message>
            <source>稍后提醒</source>
            <translation>稍后提醒</translation>
        </message>
        <message>
            <source>到哪天再提醒？</source>
            <translation>到哪天再提醒？</translation>
        </message>
        <message>
            <source>打印提醒</source>
            <translation>打印提醒</translation>
        </message>
        <message>
            <source>导出 Excel</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>无法保存：%1</source>
            <translation>无法保存：%1</translation>
        </message>
    </context>
    <context>
        <name>ReviewCharts</name>
        <message>
            <source>实收</source>
            <translation>实收</translation>
        </message>
        <message>
            <source>耗（确认收入）</source>
            <translation>耗（确认收入）</translation>
        </message>
        <message>
            <source>近 12 个月：实收与耗（元）</source>
            <translation>近 12 个月：实收与耗（元）</translation>
        </message>
        <message>
            <source>月</source>
            <translation>月</translation>
        </message>
        <message>
            <source>客户分类占消费</source>
            <translation>客户分类占消费</translation>
        </message>
        <message>
            <source>本期消费</source>
            <translation>本期消费</translation>
        </message>
        <message>
            <source>消费前十的客户（元）</source>
            <translation>消费前十的客户（元）</translation>
        </message>
        <message>
            <source>提成</source>
            <translation>提成</translation>
        </message>
        <message>
            <source>美容师对比（元）</source>
            <translation>美容师对比（元）</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>本月</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>本年累计</source>
            <translation>本年累计</translation>
        </message>
        <message>
            <source>导出给会计(&amp;E)…</source>
            <translation>导出给会计(&amp;E)…</translation>
        </message>
        <message>
            <source>栏目</source>
            <translation>栏目</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>金额</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>人数/次数</source>
            <translation>人数/次数</translation>
        </message>
        <message>
            <source>占比</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>月份</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>明细</source>
            <translation>明细</translation>
        </message>
        <message>
            <source>图表</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>正在整理 %1 的报表…</source>
            <translation>正在整理 %1 的报表…</translation>
        </message>
        <message>
            <source>%1 没有营业记录。&lt;br&gt;记录到店、售卡或充值后，这里会自动汇总；也可以换一个月份看看。</source>
            <translation>%1 没有营业记录。&lt;br&gt;记录到店、售卡或充值后，这里会自动汇总；也可以换一个月份看看。</translation>
        </message>
        <message>
            <source>点一个数字，看它由哪些记录组成。</source>
            <translation>点一个数字，看它由哪些记录组成。</translation>
        </message>
        <message>
            <source>报表没有整理出来：%1</source>
            <translation>报表没有整理出来：%1</translation>
        </message>
        <message>
            <source>这个数字没有明细。</source>
            <translation>这个数字没有明细。</translation>
        </message>
        <message>
            <source>正在读取 %1 的明细…</source>
            <translation>正在读取 %1 的明细…</translation>
        </message>
        <message>
            <source>%1：%2 条</source>
            <translation>%1：%2 条</translation>
        </message>
        <message>
            <source>客情管家</source>
            <translation>客情管家</translation>
        </message>
        <message>
            <source>导出给会计</source>
            <translation>导出给会计</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>正在写入 %1 的工作簿…</source>
            <translation>正在写入 %1 的工作簿…</translation>
        </message>
        <message>
            <source>已导出：%1</source>
            <translation>已导出：%1</translation>
        </message>
        <message>
            <source>导出已取消，没有留下文件。</source>
            <translation>导出已取消，没有留下文件。</translation>
        </message>
        <message>
            <source>没有导出：%1</source>
            <translation>没有导出：%1</translation>
        </message>
    </context>
    <context>
        <name>SalonPage</name>
        <message>
            <source>门店</source>
            <translation>门店</translation>
        </message>
        <message>
            <source>店名</source>
            <translation>店名</translation>
        </message>
        <message>
            <source>如：丽人美容会所</source>
            <translation>如：丽人美容会所</translation>
        </message>
        <message>
            <source>店名印在小票和退卡结算单上。可以先空着，以后在“设置 ▸ 门店与金额”里填写。</source>
            <translation>店名印在小票和退卡结算单上。可以先空着，以后在“设置 ▸ 门店与金额”里填写。</translation>
        </message>
    </context>
    <context>
        <name>SellPackageDialog</name>
        <message>
            <source>售卡 – %1</source>
            <translation>售卡 – %1</translation>
        </message>
        <message>
            <source>确认售卡</source>
            <translation>确认售卡</translation>
        </message>
        <message>
            <source>默认为卡项售价；打折时改成实收金额</source>
            <translation>默认为卡项售价；打折时改成实收金额</translation>
        </message>
        <message>
            <source>卡项</source>
            <translation>卡项</translation>
        </message>
        <message>
            <source>实收金额</source>
            <translation>实收金额</translation>
        </message>
        <message>
            <source>付款方式</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>开始日期</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>到期</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>销售人员</source>
            <translation>销售人员</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>还没有在售的卡项。请先在“项目与卡项”页添加卡项。</source>
            <translation>还没有在售的卡项。请先在“项目与卡项”页添加卡项。</translation>
        </message>
        <message>
            <source>长期有效</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <source>请选择卡项。</source>
            <translation>请选择卡项。</translation>
        </message>
        <message>
            <source>付款合计应等于实收金额 %1 元。</source>
            <translation>付款合计应等于实收金额 %1 元。</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>新增项目</source>
            <translation>新增项目</translation>
        </message>
        <message>
            <source>编辑项目</source>
            <translation>编辑项目</translation>
        </message>
        <message>
            <source>必填，如：深层清洁</source>
            <translation>必填，如：深层清洁</translation>
        </message>
        <message>
            <source>如：面部护理、身体SPA</source>
            <translation>如：面部护理、身体SPA</translation>
        </message>
        <message>
            <source>元，如 198</source>
            <translation>元，如 198</translation>
        </message>
        <message>
            <source> 分钟</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>做完后第几天回访，如 1,7；不回访留空</source>
            <translation>做完后第几天回访，如 1,7；不回访留空</translation>
        </message>
        <message>
            <source>留空按美容师比例；12% 为按价格比例；30 为每次 30 元</source>
            <translation>留空按美容师比例；12% 为按价格比例；30 为每次 30 元</translation>
        </message>
        <message>
            <source>在售（停用后不再出现在开单中，历史记录保留）</source>
            <translation>在售（停用后不再出现在开单中，历史记录保留）</translation>
        </message>
        <message>
            <source>名称 *</source>
            <translation>名称 *</translation>
        </message>
        <message>
            <source>简码</source>
            <translation>简码</translation>
        </message>
        <message>
            <source>分类</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>价格 *</source>
            <translation>价格 *</translation>
        </message>
        <message>
            <source>时长</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>回访天数</source>
            <translation>回访天数</translation>
        </message>
        <message>
            <source>提成</source>
            <translation>提成</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>请填写项目名称。</source>
            <translation>请填写项目名称。</translation>
        </message>
        <message>
            <source>价格</source>
            <translation>价格</translation>
        </message>
    </context>
    <context>
        <name>ServiceTableModel</name>
        <message>
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>分类</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>价格</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>时长</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>%1 分钟</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <source>回访（第几天）</source>
            <translation>回访（第几天）</translation>
        </message>
        <message>
            <source>提成</source>
            <translation>提成</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>每次 %1 元</source>
            <translation>每次 %1 元</translation>
        </message>
        <message>
            <source>按美容师比例</source>
            <translation>按美容师比例</translation>
        </message>
    </context>
    <context>
        <name>SetPinDialog</name>
        <message>
            <source>设置密码：%1</source>
            <translation>设置密码：%1</translation>
        </message>
        <message>
            <source>新密码</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>再输一次</source>
            <translation>再输一次</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>设置</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>印在小票和退卡结算单上，如：丽人美容会所</source>
            <translation>印在小票和退卡结算单上，如：丽人美容会所</translation>
        </message>
        <message>
            <source>如：西湖区文三路 152 号</source>
            <translation>如：西湖区文三路 152 号</translation>
        </message>
        <message>
            <source>如：0571-8888 6666</source>
            <translation>如：0571-8888 6666</translation>
        </message>
        <message>
            <source>按客户实付的每次单价（耗卡价）</source>
            <translation>按客户实付的每次单价（耗卡价）</translation>
        </message>
        <message>
            <source>按项目原价</source>
            <translation>按项目原价</translation>
        </message>
        <message>
            <source>用卡做的项目怎么算提成；只影响以后登记的到店记录。</source>
            <translation>用卡做的项目怎么算提成；只影响以后登记的到店记录。</translation>
        </message>
        <message>
            <source>门店与金额</source>
            <translation>门店与金额</translation>
        </message>
        <message>
            <source>店名</source>
            <translation>店名</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>超过此金额先确认（元）</source>
            <translation>超过此金额先确认（元）</translation>
        </message>
        <message>
            <source>卡扣提成</source>
            <translation>卡扣提成</translation>
        </message>
        <message>
            <source>报表 A 类客户：消费累计到</source>
            <translation>报表 A 类客户：消费累计到</translation>
        </message>
        <message>
            <source>报表 B 类客户：消费累计到</source>
            <translation>报表 B 类客户：消费累计到</translation>
        </message>
        <message>
            <source> 分钟</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>不自动锁定</source>
            <translation>不自动锁定</translation>
        </message>
        <message>
            <source>本机</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>无人操作多久后自动锁定</source>
            <translation>无人操作多久后自动锁定</translation>
        </message>
        <message>
            <source>更改语言后，下次启动客情管家时生效。</source>
            <translation>更改语言后，下次启动客情管家时生效。</translation>
        </message>
        <message>
            <source>语言</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>提醒</source>
            <translation>提醒</translation>
        </message>
        <message>
            <source>常客超过平时间隔多少天算该回访</source>
            <translation>常客超过平时间隔多少天算该回访</translation>
        </message>
        <message>
            <source> 天</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>超过多少天算流失风险</source>
            <translation>超过多少天算流失风险</translation>
        </message>
        <message>
            <source>来店不到三次的客户，多少天没来就回访</source>
            <translation>来店不到三次的客户，多少天没来就回访</translation>
        </message>
        <message>
            <source>第一次来店后几天问问感受</source>
            <translation>第一次来店后几天问问感受</translation>
        </message>
        <message>
            <source>次卡剩几次提醒续卡</source>
            <translation>次卡剩几次提醒续卡</translation>
        </message>
        <message>
            <source> 次</source>
            <translation> 次</translation>
        </message>
        <message>
            <source>卡在多少天内到期就提醒</source>
            <translation>卡在多少天内到期就提醒</translation>
        </message>
        <message>
            <source>卡多少天没用就提醒</source>
            <translation>卡多少天没用就提醒</translation>
        </message>
        <message>
            <source>储值卡余额低于多少元提醒</source>
            <translation>储值卡余额低于多少元提醒</translation>
        </message>
        <message>
            <source>一行一个：名称|lunar:8-15 或 名称|solar:3-8</source>
            <translation>一行一个：名称|lunar:8-15 或 名称|solar:3-8</translation>
        </message>
        <message>
            <source>节日</source>
            <translation>节日</translation>
        </message>
        <message>
            <source>一行一条，可用 {name} {holiday} {therapist} {interest}</source>
            <translation>一行一条，可用 {name} {holiday} {therapist} {interest}</translation>
        </message>
        <message>
            <source>节日问候语</source>
            <translation>节日问候语</translation>
        </message>
        <message>
            <source>一行一条，可用 {name} {therapist} {interest}</source>
            <translation>一行一条，可用 {name} {therapist} {interest}</translation>
        </message>
        <message>
            <source>生日祝福语</source>
            <translation>生日祝福语</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>已锁定</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>登录客情管家</source>
            <translation>登录客情管家</translation>
        </message>
        <message>
            <source>一段时间没有操作，已自动锁定。请输入密码继续，或换一位员工登录。</source>
            <translation>一段时间没有操作，已自动锁定。请输入密码继续，或换一位员工登录。</translation>
        </message>
        <message>
            <source>员工</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>密码</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>登录</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>退出程序</source>
            <translation>退出程序</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>SkinConcernsEdit</name>
        <message>
            <source>现状，如：改善中</source>
            <translation>现状，如：改善中</translation>
        </message>
        <message>
            <source>其他问题</source>
            <translation>其他问题</translation>
        </message>
        <message>
            <source>再加一项</source>
            <translation>再加一项</translation>
        </message>
        <message>
            <source>问题，如：脂肪粒</source>
            <translation>问题，如：脂肪粒</translation>
        </message>
        <message>
            <source>现状</source>
            <translation>现状</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>新增员工</source>
            <translation>新增员工</translation>
        </message>
        <message>
            <source>编辑员工</source>
            <translation>编辑员工</translation>
        </message>
        <message>
            <source>如：面部护理、身体SPA、祛痘</source>
            <translation>如：面部护理、身体SPA、祛痘</translation>
        </message>
        <message>
            <source>如 10%</source>
            <translation>如 10%</translation>
        </message>
        <message>
            <source>在职（可分配新客户）</source>
            <translation>在职（可分配新客户）</translation>
        </message>
        <message>
            <source>姓名 *</source>
            <translation>姓名 *</translation>
        </message>
        <message>
            <source>岗位</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>擅长项目</source>
            <translation>擅长项目</translation>
        </message>
        <message>
            <source>提成比例（%）</source>
            <translation>提成比例（%）</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>StaffTableModel</name>
        <message>
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>岗位</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>擅长</source>
            <translation>擅长</translation>
        </message>
        <message>
            <source>提成</source>
            <translation>提成</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>客户数</source>
            <translation>客户数</translation>
        </message>
        <message>
            <source>在职</source>
            <translation>在职</translation>
        </message>
        <message>
            <source>已停用</source>
            <translation>已停用</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>怎样开始</source>
            <translation>怎样开始</translation>
        </message>
        <message>
            <source>从空白开始</source>
            <translation>从空白开始</translation>
        </message>
        <message>
            <source>先在“项目与卡项”里录入项目和卡项，再添加客户。</source>
            <translation>先在“项目与卡项”里录入项目和卡项，再添加客户。</translation>
        </message>
        <message>
            <source>先看看演示数据</source>
            <translation>先看看演示数据</translation>
        </message>
        <message>
            <source>载入 %1 位虚构客户、美容师、项目和两年的到店记录，看看软件怎么用；演示里的老板改用您的姓名和密码。开始真实使用时，换一个新的数据库文件即可。</source>
            <translation>载入 %1 位虚构客户、美容师、项目和两年的到店记录，看看软件怎么用；演示里的老板改用您的姓名和密码。开始真实使用时，换一个新的数据库文件即可。</translation>
        </message>
        <message>
            <source>导入我的表格</source>
            <translation>导入我的表格</translation>
        </message>
        <message>
            <source>把 Excel 或 CSV 里的客户名单导进来：打开主窗口后接着打开导入向导。</source>
            <translation>把 Excel 或 CSV 里的客户名单导进来：打开主窗口后接着打开导入向导。</translation>
        </message>
    </context>
    <context>
        <name>TherapistsPage</name>
        <message>
            <source>新增员工</source>
            <translation>新增员工</translation>
        </message>
        <message>
            <source>编辑</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>停用</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>设置密码…</source>
            <translation>设置密码…</translation>
        </message>
        <message>
            <source>还没有员工。&lt;br&gt;点“新增员工”添加美容师、前台和店长，之后就能给客户指定专属美容师。</source>
            <translation>还没有员工。&lt;br&gt;点“新增员工”添加美容师、前台和店长，之后就能给客户指定专属美容师。</translation>
        </message>
        <message>
            <source>改派给其他美容师…</source>
            <translation>改派给其他美容师…</translation>
        </message>
        <message>
            <source>启用</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>选择左侧的美容师，查看她的专属客户。</source>
            <translation>选择左侧的美容师，查看她的专属客户。</translation>
        </message>
        <message>
            <source>%1 的专属客户（%2 位）</source>
            <translation>%1 的专属客户（%2 位）</translation>
        </message>
        <message>
            <source>%1 还没有专属客户。&lt;br&gt;在“客户”页选中客户，点“分配美容师…”。</source>
            <translation>%1 还没有专属客户。&lt;br&gt;在“客户”页选中客户，点“分配美容师…”。</translation>
        </message>
    </context>
    <context>
        <name>TimelineTableModel</name>
        <message>
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>项目/卡项</source>
            <translation>项目/卡项</translation>
        </message>
        <message>
            <source>消费</source>
            <translation>消费</translation>
        </message>
        <message>
            <source>实付</source>
            <translation>实付</translation>
        </message>
        <message>
            <source>付款方式</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>卡扣</source>
            <translation>卡扣</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>美容师</translation>
        </message>
        <message>
            <source>卡内变动/原因</source>
            <translation>卡内变动/原因</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>已作废</source>
            <translation>已作废</translation>
        </message>
        <message>
            <source>已更正 %1</source>
            <translation>已更正 %1</translation>
        </message>
    </context>
    <context>
        <name>TopUpDialog</name>
        <message>
            <source>充值 – %1</source>
            <translation>充值 – %1</translation>
        </message>
        <message>
            <source>续卡 – %1</source>
            <translation>续卡 – %1</translation>
        </message>
        <message>
            <source>确认充值</source>
            <translation>确认充值</translation>
        </message>
        <message>
            <source>确认续卡</source>
            <translation>确认续卡</translation>
        </message>
        <message>
            <source>元</source>
            <translation>元</translation>
        </message>
        <message>
            <source>元；不送留空</source>
            <translation>元；不送留空</translation>
        </message>
        <message>
            <source> 次</source>
            <translation> 次</translation>
        </message>
        <message>
            <source>充值金额</source>
            <translation>充值金额</translation>
        </message>
        <message>
            <source>赠送金额</source>
            <translation>赠送金额</translation>
        </message>
        <message>
            <source>这张卡的方案：充 %1 送 %2</source>
            <translation>这张卡的方案：充 %1 送 %2</translation>
        </message>
        <message>
            <source>增加次数</source>
            <translation>增加次数</translation>
        </message>
        <message>
            <source>收款金额</source>
            <translation>收款金额</translation>
        </message>
        <message>
            <source>付款方式</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>经办人</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>付款合计应等于充值金额。</source>
            <translation>付款合计应等于充值金额。</translation>
        </message>
        <message>
            <source>请填写充值金额。</source>
            <translation>请填写充值金额。</translation>
        </message>
        <message>
            <source>续卡要填写增加的次数。</source>
            <translation>续卡要填写增加的次数。</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>记录到店 — %1</source>
            <translation>记录到店 — %1</translation>
        </message>
        <message>
            <source>修改到店记录 — %1</source>
            <translation>修改到店记录 — %1</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>到店时间</source>
            <translation>到店时间</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>美容师</translation>
        </message>
        <message>
            <source>项目与产品</source>
            <translation>项目与产品</translation>
        </message>
        <message>
            <source>付款</source>
            <translation>付款</translation>
        </message>
        <message>
            <source>如：T 区出油减少，两颊轻微泛红</source>
            <translation>如：T 区出油减少，两颊轻微泛红</translation>
        </message>
        <message>
            <source>未评价</source>
            <translation>未评价</translation>
        </message>
        <message>
            <source>有投诉</source>
            <translation>有投诉</translation>
        </message>
        <message>
            <source>护理记录</source>
            <translation>护理记录</translation>
        </message>
        <message>
            <source>皮肤状况</source>
            <translation>皮肤状况</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>满意度</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>修改已保存的记录必须写明原因，如：项目记错了</source>
            <translation>修改已保存的记录必须写明原因，如：项目记错了</translation>
        </message>
        <message>
            <source>修改原因</source>
            <translation>修改原因</translation>
        </message>
        <message>
            <source>保存后显示小票</source>
            <translation>保存后显示小票</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>作废…</source>
            <translation>作废…</translation>
        </message>
        <message>
            <source>这条记录已作废：%1</source>
            <translation>这条记录已作废：%1</translation>
        </message>
        <message>
            <source>没有找到“%1”，请换个名称试试。</source>
            <translation>没有找到“%1”，请换个名称试试。</translation>
        </message>
        <message>
            <source>第 %1 行（%2）：</source>
            <translation>第 %1 行（%2）：</translation>
        </message>
        <message>
            <source>“%1”还没有添加：按回车把它加进来，或清空后再保存。</source>
            <translation>“%1”还没有添加：按回车把它加进来，或清空后再保存。</translation>
        </message>
        <message>
            <source>这条记录或所选项目已不存在，请关闭后重新打开。</source>
            <translation>这条记录或所选项目已不存在，请关闭后重新打开。</translation>
        </message>
        <message>
            <source>作废记录</source>
            <translation>作废记录</translation>
        </message>
        <message>
            <source>作废后，这次扣的次数和储值会退回卡内，付款冲销。请写明原因：</source>
            <translation>作废后，这次扣的次数和储值会退回卡内，付款冲销。请写明原因：</translation>
        </message>
        <message>
            <source>放弃登记</source>
            <translation>放弃登记</translation>
        </message>
        <message>
            <source>输入的内容还没有保存，确定放弃吗？</source>
            <translation>输入的内容还没有保存，确定放弃吗？</translation>
        </message>
    </context>
    <context>
        <name>VisitLine</name>
        <message>
            <source>删除这一行</source>
            <translation>删除这一行</translation>
        </message>
        <message>
            <source>现付</source>
            <translation>现付</translation>
        </message>
        <message>
            <source>卡扣</source>
            <translation>卡扣</translation>
        </message>
    </context>
    <context>
        <name>WelcomeWizard</name>
        <message>
            <source>欢迎使用客情管家</source>
            <translation>欢迎使用客情管家</translation>
        </message>
        <message>
            <source>下一步(&amp;N) &gt;</source>
            <translation>下一步(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>&lt; 上一步(&amp;B)</source>
            <translation>&lt; 上一步(&amp;B)</translation>
        </message>
        <message>
            <source>开始使用(&amp;S)</source>
            <translation>开始使用(&amp;S)</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>_PackageDialog</name>
        <message>
            <source>未指定</source>
            <translation>未指定</translation>
        </message>
        <message>
            <source>付款合计 %1 元，应为 %2 元。</source>
            <translation>付款合计 %1 元，应为 %2 元。</translation>
        </message>
    </context>
    <context>
        <name>_RowTable</name>
        <message>
            <source>删除</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>删除这一行</source>
            <translation>删除这一行</translation>
        </message>
    </context>
    <context>
        <name>access</name>
        <message>
            <source>4–8 位数字</source>
            <translation>4–8 位数字</translation>
        </message>
        <message>
            <source>修改客户档案</source>
            <translation>修改客户档案</translation>
        </message>
        <message>
            <source>记录到店</source>
            <translation>记录到店</translation>
        </message>
        <message>
            <source>更正或作废到店记录</source>
            <translation>更正或作废到店记录</translation>
        </message>
        <message>
            <source>售卡和充值</source>
            <translation>售卡和充值</translation>
        </message>
        <message>
            <source>调整卡内余额</source>
            <translation>调整卡内余额</translation>
        </message>
        <message>
            <source>退卡</source>
            <translation>退卡</translation>
        </message>
        <message>
            <source>处理提醒</source>
            <translation>处理提醒</translation>
        </message>
        <message>
            <source>查看营业金额</source>
            <translation>查看营业金额</translation>
        </message>
        <message>
            <source>导出</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>删除</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>修改设置</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <source>管理员工和密码</source>
            <translation>管理员工和密码</translation>
        </message>
        <message>
            <source>备份和恢复</source>
            <translation>备份和恢复</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>查看操作记录</source>
            <translation>查看操作记录</translation>
        </message>
        <message>
            <source>修改项目和卡项</source>
            <translation>修改项目和卡项</translation>
        </message>
        <message>
            <source>登录</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>密码错误</source>
            <translation>密码错误</translation>
        </message>
        <message>
            <source>设置密码</source>
            <translation>设置密码</translation>
        </message>
        <message>
            <source>更正到店记录</source>
            <translation>更正到店记录</translation>
        </message>
        <message>
            <source>作废到店记录</source>
            <translation>作废到店记录</translation>
        </message>
        <message>
            <source>售卡</source>
            <translation>售卡</translation>
        </message>
        <message>
            <source>充值/续卡</source>
            <translation>充值/续卡</translation>
        </message>
        <message>
            <source>延期/激活</source>
            <translation>延期/激活</translation>
        </message>
        <message>
            <source>彻底删除客户个人信息</source>
            <translation>彻底删除客户个人信息</translation>
        </message>
        <message>
            <source>导出客户资料</source>
            <translation>导出客户资料</translation>
        </message>
        <message>
            <source>导入客户</source>
            <translation>导入客户</translation>
        </message>
        <message>
            <source>导出给会计</source>
            <translation>导出给会计</translation>
        </message>
        <message>
            <source>导出操作记录</source>
            <translation>导出操作记录</translation>
        </message>
        <message>
            <source>员工和岗位</source>
            <translation>员工和岗位</translation>
        </message>
        <message>
            <source>员工离职</source>
            <translation>员工离职</translation>
        </message>
        <message>
            <source>员工启用/停用</source>
            <translation>员工启用/停用</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>产品</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>卡项</source>
            <translation>卡项</translation>
        </message>
        <message>
            <source>从备份恢复</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>保存客户档案</source>
            <translation>保存客户档案</translation>
        </message>
        <message>
            <source>归档客户</source>
            <translation>归档客户</translation>
        </message>
        <message>
            <source>恢复客户</source>
            <translation>恢复客户</translation>
        </message>
        <message>
            <source>分配美容师</source>
            <translation>分配美容师</translation>
        </message>
        <message>
            <source>记录敏感信息同意</source>
            <translation>记录敏感信息同意</translation>
        </message>
        <message>
            <source>撤回敏感信息同意</source>
            <translation>撤回敏感信息同意</translation>
        </message>
        <message>
            <source>项目/产品/卡项停售或恢复</source>
            <translation>项目/产品/卡项停售或恢复</translation>
        </message>
        <message>
            <source>赠送礼品</source>
            <translation>赠送礼品</translation>
        </message>
        <message>
            <source>处理投诉</source>
            <translation>处理投诉</translation>
        </message>
        <message>
            <source>导出提醒</source>
            <translation>导出提醒</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>员工</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>操作</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>对象</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>微信</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>短信</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>当面</source>
            <translation>当面</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>客情管家</source>
            <translation>客情管家</translation>
        </message>
        <message>
            <source>这个数据库已在另一个客情管家窗口中打开：%1
请切换到那个窗口。</source>
            <translation>这个数据库已在另一个客情管家窗口中打开：%1
请切换到那个窗口。</translation>
        </message>
        <message>
            <source>无法打开数据库 %1：
%2</source>
            <translation>无法打开数据库 %1：
%2</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <source>备份与数据库不一致：%1</source>
            <translation>备份与数据库不一致：%1</translation>
        </message>
        <message>
            <source>恢复后的数据与备份不一致，已还原为恢复前的数据：%1</source>
            <translation>恢复后的数据与备份不一致，已还原为恢复前的数据：%1</translation>
        </message>
    </context>
    <context>
        <name>birthdays</name>
        <message>
            <source>正月</source>
            <translation>正月</translation>
        </message>
        <message>
            <source>二月</source>
            <translation>二月</translation>
        </message>
        <message>
            <source>三月</source>
            <translation>三月</translation>
        </message>
        <message>
            <source>四月</source>
            <translation>四月</translation>
        </message>
        <message>
            <source>五月</source>
            <translation>五月</translation>
        </message>
        <message>
            <source>六月</source>
            <translation>六月</translation>
        </message>
        <message>
            <source>七月</source>
            <translation>七月</translation>
        </message>
        <message>
            <source>八月</source>
            <translation>八月</translation>
        </message>
        <message>
            <source>九月</source>
            <translation>九月</translation>
        </message>
        <message>
            <source>十月</source>
            <translation>十月</translation>
        </message>
        <message>
            <source>冬月</source>
            <translation>冬月</translation>
        </message>
        <message>
            <source>腊月</source>
            <translation>腊月</translation>
        </message>
        <message>
            <source>初一</source>
            <translation>初一</translation>
        </message>
        <message>
            <source>初二</source>
            <translation>初二</translation>
        </message>
        <message>
            <source>初三</source>
            <translation>初三</translation>
        </message>
        <message>
            <source>初四</source>
            <translation>初四</translation>
        </message>
        <message>
            <source>初五</source>
            <translation>初五</translation>
        </message>
        <message>
            <source>初六</source>
            <translation>初六</translation>
        </message>
        <message>
            <source>初七</source>
            <translation>初七</translation>
        </message>
        <message>
            <source>初八</source>
            <translation>初八</translation>
        </message>
        <message>
            <source>初九</source>
            <translation>初九</translation>
        </message>
        <message>
            <source>初十</source>
            <translation>初十</translation>
        </message>
        <message>
            <source>十一</source>
            <translation>十一</translation>
        </message>
        <message>
            <source>十二</source>
            <translation>十二</translation>
        </message>
        <message>
            <source>十三</source>
            <translation>十三</translation>
        </message>
        <message>
            <source>十四</source>
            <translation>十四</translation>
        </message>
        <message>
            <source>十五</source>
            <translation>十五</translation>
        </message>
        <message>
            <source>十六</source>
            <translation>十六</translation>
        </message>
        <message>
            <source>十七</source>
            <translation>十七</translation>
        </message>
        <message>
            <source>十八</source>
            <translation>十八</translation>
        </message>
        <message>
            <source>十九</source>
            <translation>十九</translation>
        </message>
        <message>
            <source>二十</source>
            <translation>二十</translation>
        </message>
        <message>
            <source>廿一</source>
            <translation>廿一</translation>
        </message>
        <message>
            <source>廿二</source>
            <translation>廿二</translation>
        </message>
        <message>
            <source>廿三</source>
            <translation>廿三</translation>
        </message>
        <message>
            <source>廿四</source>
            <translation>廿四</translation>
        </message>
        <message>
            <source>廿五</source>
            <translation>廿五</translation>
        </message>
        <message>
            <source>廿六</source>
            <translation>廿六</translation>
        </message>
        <message>
            <source>廿七</source>
            <translation>廿七</translation>
        </message>
        <message>
            <source>廿八</source>
            <translation>廿八</translation>
        </message>
        <message>
            <source>廿九</source>
            <translation>廿九</translation>
        </message>
        <message>
            <source>三十</source>
            <translation>三十</translation>
        </message>
        <message>
            <source>闰%1</source>
            <translation>闰%1</translation>
        </message>
        <message>
            <source>%1%2</source>
            <translation>%1%2</translation>
        </message>
        <message>
            <source>农历%1年%2%3</source>
            <translation>农历%1年%2%3</translation>
        </message>
        <message>
            <source>农历%1%2</source>
            <translation>农历%1%2</translation>
        </message>
        <message>
            <source>%1（公历 %2）</source>
            <translation>%1（公历 %2）</translation>
        </message>
        <message>
            <source>%1（农历%2）</source>
            <translation>%1（农历%2）</translation>
        </message>
    </context>
    <context>
        <name>card_actions</name>
        <message>
            <source>充值</source>
            <translation>充值</translation>
        </message>
        <message>
            <source>调整</source>
            <translation>调整</translation>
        </message>
    </context>
    <context>
        <name>cards</name>
        <message>
            <source>卡已用完：%1</source>
            <translation>卡已用完：%1</translation>
        </message>
        <message>
            <source>谢谢她的信任，送一份小礼物，问问要不要续卡</source>
            <translation>谢谢她的信任，送一份小礼物，问问要不要续卡</translation>
        </message>
        <message>
            <source>储值卡余额不多：%1</source>
            <translation>储值卡余额不多：%1</translation>
        </message>
        <message>
            <source>余额 ¥%1，可以提醒续充</source>
            <translation>余额 ¥%1，可以提醒续充</translation>
        </message>
        <message>
            <source>卡快用完了：%1</source>
            <translation>卡快用完了：%1</translation>
        </message>
        <message>
            <source>还剩 %1 次，可以提醒续卡</source>
            <translation>还剩 %1 次，可以提醒续卡</translation>
        </message>
        <message>
            <source>还剩 %1 次</source>
            <translation>还剩 %1 次</translation>
        </message>
        <message>
            <source>余额 ¥%1</source>
            <translation>余额 ¥%1</translation>
        </message>
        <message>
            <source>不限次</source>
            <translation>不限次</translation>
        </message>
        <message>
            <source>卡快到期：%1</source>
            <translation>卡快到期：%1</translation>
        </message>
        <message>
            <source>%1 到期，%2</source>
            <translation>%1 到期，%2</translation>
        </message>
        <message>
            <source>卡很久没用：%1</source>
            <translation>卡很久没用：%1</translation>
        </message>
        <message>
            <source>上次使用 %1</source>
            <translation>上次使用 %1</translation>
        </message>
        <message>
            <source>%1 买的，还没用过</source>
            <translation>%1 买的，还没用过</translation>
        </message>
    </context>
    <context>
        <name>catalogue</name>
        <message>
            <source>可不填；字母或数字，开单时输入即可找到</source>
            <translation>可不填；字母或数字，开单时输入即可找到</translation>
        </message>
    </context>
    <context>
        <name>choices</name>
        <message>
            <source>女</source>
            <translation>女</translation>
        </message>
        <message>
            <source>男</source>
            <translation>男</translation>
        </message>
        <message>
            <source>干性</source>
            <translation>干性</translation>
        </message>
        <message>
            <source>油性</source>
            <translation>油性</translation>
        </message>
        <message>
            <source>混合性</source>
            <translation>混合性</translation>
        </message>
        <message>
            <source>中性</source>
            <translation>中性</translation>
        </message>
        <message>
            <source>敏感性</source>
            <translation>敏感性</translation>
        </message>
        <message>
            <source>痘痘/粉刺</source>
            <translation>痘痘/粉刺</translation>
        </message>
        <message>
            <source>色斑</source>
            <translation>色斑</translation>
        </message>
        <message>
            <source>皱纹</source>
            <translation>皱纹</translation>
        </message>
        <message>
            <source>缺水</source>
            <translation>缺水</translation>
        </message>
        <message>
            <source>红血丝</source>
            <translation>红血丝</translation>
        </message>
        <message>
            <source>毛孔粗大</source>
            <translation>毛孔粗大</translation>
        </message>
        <message>
            <source>暗沉</source>
            <translation>暗沉</translation>
        </message>
        <message>
            <source>松弛</source>
            <translation>松弛</translation>
        </message>
        <message>
            <source>黑眼圈</source>
            <translation>黑眼圈</translation>
        </message>
        <message>
            <source>易过敏</source>
            <translation>易过敏</translation>
        </message>
        <message>
            <source>爱聊天</source>
            <translation>爱聊天</translation>
        </message>
        <message>
            <source>喜欢安静</source>
            <translation>喜欢安静</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>微信</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>短信</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>路过进店</source>
            <translation>路过进店</translation>
        </message>
        <message>
            <source>老顾客介绍</source>
            <translation>老顾客介绍</translation>
        </message>
        <message>
            <source>网络（大众点评/美团/小红书）</source>
            <translation>网络（大众点评/美团/小红书）</translation>
        </message>
        <message>
            <source>微信/朋友圈</source>
            <translation>微信/朋友圈</translation>
        </message>
        <message>
            <source>传单/活动</source>
            <translation>传单/活动</translation>
        </message>
        <message>
            <source>配偶</source>
            <translation>配偶</translation>
        </message>
        <message>
            <source>子女</source>
            <translation>子女</translation>
        </message>
        <message>
            <source>父母</source>
            <translation>父母</translation>
        </message>
        <message>
            <source>兄弟姐妹</source>
            <translation>兄弟姐妹</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>结婚</source>
            <translation>结婚</translation>
        </message>
        <message>
            <source>生子</source>
            <translation>生子</translation>
        </message>
        <message>
            <source>纪念日</source>
            <translation>纪念日</translation>
        </message>
        <message>
            <source>生病</source>
            <translation>生病</translation>
        </message>
        <message>
            <source>丧事</source>
            <translation>丧事</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>美容师</translation>
        </message>
        <message>
            <source>前台</source>
            <translation>前台</translation>
        </message>
        <message>
            <source>店长</source>
            <translation>店长</translation>
        </message>
        <message>
            <source>老板</source>
            <translation>老板</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>是不是“%1”？</source>
            <translation>是不是“%1”？</translation>
        </message>
        <message>
            <source>没有“%1”这个子命令。%2可用的子命令：%3 / unknown subcommand '%1'; known: %3</source>
            <translation>没有“%1”这个子命令。%2可用的子命令：%3 / unknown subcommand '%1'; known: %3</translation>
        </message>
        <message>
            <source>客情管家 Salon Desk：美容院、SPA、汗蒸馆的客户档案、专属美容师、护理记录和提醒。

不带子命令运行时打开窗口：python main.py [--db PATH]
Without a subcommand the window opens on the database file (default: see --db).
With a subcommand it works on the command line instead; `python main.py SUBCOMMAND --help` for details.</source>
            <translation>客情管家 Salon Desk：美容院、SPA、汗蒸馆的客户档案、专属美容师、护理记录和提醒。

不带子命令运行时打开窗口：python main.py [--db PATH]
Without a subcommand the window opens on the database file (default: see --db).
With a subcommand it works on the command line instead; `python main.py SUBCOMMAND --help` for details.</translation>
        </message>
        <message>
            <source>数据库文件（默认：环境变量 %1，否则应用数据目录下的 salon.db，当前为 %2）/ database file</source>
            <translation>数据库文件（默认：环境变量 %1，否则应用数据目录下的 salon.db，当前为 %2）/ database file</translation>
        </message>
        <message>
            <source>输出的语言（默认：设置里选的语言，否则跟随系统）/ language of the output</source>
            <translation>输出的语言（默认：设置里选的语言，否则跟随系统）/ language of the output</translation>
        </message>
        <message>
            <source>子命令 / subcommands</source>
            <translation>子命令 / subcommands</translation>
        </message>
        <message>
            <source>错误：%1</source>
            <translation>错误：%1</translation>
        </message>
        <message>
            <source>已中断，未完成的操作没有写入。</source>
            <translation>已中断，未完成的操作没有写入。</translation>
        </message>
        <message>
            <source>数据库操作失败：%1</source>
            <translation>数据库操作失败：%1</translation>
        </message>
        <message>
            <source>内部错误（%1）：%2。设置 %3=1 可查看详细信息。</source>
            <translation>内部错误（%1）：%2。设置 %3=1 可查看详细信息。</translation>
        </message>
        <message>
            <source>数据库文件 %1 已损坏：请从备份恢复（python main.py restore）。</source>
            <translation>数据库文件 %1 已损坏：请从备份恢复（python main.py restore）。</translation>
        </message>
        <message>
            <source>数据库文件 %1 已损坏（%2）：请从备份恢复。</source>
            <translation>数据库文件 %1 已损坏（%2）：请从备份恢复。</translation>
        </message>
        <message>
            <source>无法打开数据库 %1：%2</source>
            <translation>无法打开数据库 %1：%2</translation>
        </message>
        <message>
            <source>数据库文件 %1 读不出来（%2）：已损坏，请从备份恢复。</source>
            <translation>数据库文件 %1 读不出来（%2）：已损坏，请从备份恢复。</translation>
        </message>
        <message>
            <source>数据库文件不存在：%1</source>
            <translation>数据库文件不存在：%1</translation>
        </message>
        <message>
            <source>客户人数（默认 300）</source>
            <translation>客户人数（默认 300）</translation>
        </message>
        <message>
            <source>历史跨越的月数：客户的建档日期和到店记录分布在最近 M 个月内（默认 24）</source>
            <translation>历史跨越的月数：客户的建档日期和到店记录分布在最近 M 个月内（默认 24）</translation>
        </message>
        <message>
            <source>随机种子：同一种子（同一天）生成完全相同的数据（默认 1）</source>
            <translation>随机种子：同一种子（同一天）生成完全相同的数据（默认 1）</translation>
        </message>
        <message>
            <source>正在生成演示数据… %1%</source>
            <translation>正在生成演示数据… %1%</translation>
        </message>
        <message>
            <source>生成演示数据（仅限空数据库）/ fill an empty database with demo data</source>
            <translation>生成演示数据（仅限空数据库）/ fill an empty database with demo data</translation>
        </message>
        <message>
            <source>在空数据库里生成一家美容院的演示数据：员工和美容师、客户档案（中文姓名、电话、公历/农历生日、肤质和皮肤问题、偏好、家人生日、纪念日）、专属美容师及其历史；服务项目、零售产品和卡项（次卡、年卡/月卡、储值卡），以及 M 个月的到店记录：常客、持卡客、散客、流失的客户，组合付款、储值卡付款、作废和更正、客诉和满意度、到期和退卡。
数据库里已有客户、员工或项目资料时拒绝执行（退出码 1），以免演示数据混进真实数据。</source>
            <translation>在空数据库里生成一家美容院的演示数据：员工和美容师、客户档案（中文姓名、电话、公历/农历生日、肤质和皮肤问题、偏好、家人生日、纪念日）、专属美容师及其历史；服务项目、零售产品和卡项（次卡、年卡/月卡、储值卡），以及 M 个月的到店记录：常客、持卡客、散客、流失的客户，组合付款、储值卡付款、作废和更正、客诉和满意度、到期和退卡。
数据库里已有客户、员工或项目资料时拒绝执行（退出码 1），以免演示数据混进真实数据。</translation>
        </message>
        <message>
            <source>演示数据已写入 %1</source>
            <translation>演示数据已写入 %1</translation>
        </message>
        <message>
            <source>  %1：%2</source>
            <translation>  %1：%2</translation>
        </message>
        <message>
            <source>用时 %1 秒（种子 %2，%3 个月）</source>
            <translation>用时 %1 秒（种子 %2，%3 个月）</translation>
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
            <translation>输出：每位客户一行，字段以制表符分隔 / one tab-separated line per client:
  编号 id, 姓名 name, 电话 phone, 生日 birthday, 肤质 skin type, 专属美容师 assigned therapist
生日格式 / birthday format:
  公历 solar: YYYY-MM-DD，不知道年份时 MM-DD
  农历 lunar: 农历YYYY年M月D日，不知道年份时 农历M月D日，闰月写作 农历闰M月D日
  未登记为空 / empty when unknown
排序按姓名拼音 / sorted by name (pinyin).
示例 / example: python main.py clients --db salon.db --search zxm</translation>
        </message>
        <message>
            <source>搜索：姓名、拼音首字母或全拼、手机号或尾号、标签（空格分隔的词都要匹配）</source>
            <translation>搜索：姓名、拼音首字母或全拼、手机号或尾号、标签（空格分隔的词都要匹配）</translation>
        </message>
        <message>
            <source>同时列出已归档的客户</source>
            <translation>同时列出已归档的客户</translation>
        </message>
        <message>
            <source>列出/搜索客户（制表符分隔）/ list matching clients, tab-separated</source>
            <translation>列出/搜索客户（制表符分隔）/ list matching clients, tab-separated</translation>
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
            <translation>检查内容 / what is checked:
  SQLite 的 integrity_check 和 foreign_key_check；
  每张卡记录的剩余次数、本金、赠送金额等于台账之和，任何时候都不为负，状态与剩余相符；
  售卡、充值、退卡的收付等于对应的付款；到店记录的合计等于明细之和，明细金额 = 数量 × 单价 − 优惠；
  未作废的到店记录实收（冲正后）等于未用卡抵扣的明细之和，每次用卡抵扣都有台账；作废的记录付款和卡都已全部退回。
输出 / output:
  没有问题时打印以 OK 开头的一行（含数量），退出码 0；
  有问题时每个问题一行（[代码] 说明，含记录编号），退出码 1。</translation>
        </message>
        <message>
            <source>检查数据库完整性和账目规则 / verify the database and its invariants</source>
            <translation>检查数据库完整性和账目规则 / verify the database and its invariants</translation>
        </message>
        <message>
            <source>数据库文件已损坏：请从备份恢复（python main.py restore）。</source>
            <translation>数据库文件已损坏：请从备份恢复（python main.py restore）。</translation>
        </message>
        <message>
            <source>OK：数据库完好，账目一致（客户 %1，到店记录 %2，其中作废 %3；卡 %4 张，台账 %5 行，付款 %6 笔）</source>
            <translation>OK：数据库完好，账目一致（客户 %1，到店记录 %2，其中作废 %3；卡 %4 张，台账 %5 行，付款 %6 笔）</translation>
        </message>
        <message>
            <source>[%1] …另有 %2 个同类问题</source>
            <translation>[%1] …另有 %2 个同类问题</translation>
        </message>
        <message>
            <source>发现 %1 个问题，见上。</source>
            <translation>发现 %1 个问题，见上。</translation>
        </message>
        <message>
            <source>从哪天起（默认今天）</source>
            <translation>从哪天起（默认今天）</translation>
        </message>
        <message>
            <source>之后几天（默认 7，0–60）</source>
            <translation>之后几天（默认 7，0–60）</translation>
        </message>
        <message>
            <source>日期“%1”应写成 YYYY-MM-DD</source>
            <translation>日期“%1”应写成 YYYY-MM-DD</translation>
        </message>
        <message>
            <source>提醒清单：生日、回访、流失预警、卡项、节日 / the reminder list as text</source>
            <translation>提醒清单：生日、回访、流失预警、卡项、节日 / the reminder list as text</translation>
        </message>
        <message>
            <source>打印某天起 N 天内要联系的客户：投诉与不满意回访、护理回访、关心问候、生日（含农历和家人）、纪念日、卡项（快用完、快到期、很久没用、刚用完）、流失预警和节日问候（附问候语），已逾期的排在前面。已完成、已忽略的不再出现，暂缓的到日期再出现。</source>
            <translation>打印某天起 N 天内要联系的客户：投诉与不满意回访、护理回访、关心问候、生日（含农历和家人）、纪念日、卡项（快用完、快到期、很久没用、刚用完）、流失预警和节日问候（附问候语），已逾期的排在前面。已完成、已忽略的不再出现，暂缓的到日期再出现。</translation>
        </message>
        <message>
            <source>--days 应在 0 到 60 之间。</source>
            <translation>--days 应在 0 到 60 之间。</translation>
        </message>
        <message>
            <source>哪个月（默认上个月）</source>
            <translation>哪个月（默认上个月）</translation>
        </message>
        <message>
            <source>或者一段日期：从哪天</source>
            <translation>或者一段日期：从哪天</translation>
        </message>
        <message>
            <source>到哪天（含）</source>
            <translation>到哪天（含）</translation>
        </message>
        <message>
            <source>请用 --month，或者同时给出 --from 和 --to。</source>
            <translation>请用 --month，或者同时给出 --from 和 --to。</translation>
        </message>
        <message>
            <source>月度报表：收款、耗、客户、项目、美容师、预收款 / the monthly review as text</source>
            <translation>月度报表：收款、耗、客户、项目、美容师、预收款 / the monthly review as text</translation>
        </message>
        <message>
            <source>打印一个月（或 --from/--to 一段日期）的报表：实收（按付款方式和来源）、耗（确认收入）、客户消费与占比、包年/包月/流动、ABC 分类、社区、到店频率、新客/回头/流失、项目和产品排行、美容师业绩与提成、预收款滚动（期初 + 售卡 + 充值 − 耗卡 − 退卡 − 过期 = 期末）。</source>
            <translation>打印一个月（或 --from/--to 一段日期）的报表：实收（按付款方式和来源）、耗（确认收入）、客户消费与占比、包年/包月/流动、ABC 分类、社区、到店频率、新客/回头/流失、项目和产品排行、美容师业绩与提成、预收款滚动（期初 + 售卡 + 充值 − 耗卡 − 退卡 − 过期 = 期末）。</translation>
        </message>
        <message>
            <source>写到哪个文件</source>
            <translation>写到哪个文件</translation>
        </message>
        <message>
            <source>给会计的 Excel：汇总、销售明细、收款、售卡充值、耗卡、预收款、在用卡、提成、客户 / the accountant's workbook</source>
            <translation>给会计的 Excel：汇总、销售明细、收款、售卡充值、耗卡、预收款、在用卡、提成、客户 / the accountant's workbook</translation>
        </message>
        <message>
            <source>把一个月（或 --from/--to 一段日期）写成一个 .xlsx：汇总（按发票分类）、销售明细、收款、售卡/充值、耗卡、预收款滚动、期末在用卡、提成、客户。先写临时文件，完成后再改名，中途失败不会留下半个文件。</source>
            <translation>把一个月（或 --from/--to 一段日期）写成一个 .xlsx：汇总（按发票分类）、销售明细、收款、售卡/充值、耗卡、预收款滚动、期末在用卡、提成、客户。先写临时文件，完成后再改名，中途失败不会留下半个文件。</translation>
        </message>
        <message>
            <source>输出文件应以 .xlsx 结尾。</source>
            <translation>输出文件应以 .xlsx 结尾。</translation>
        </message>
        <message>
            <source>无法写入 %1：%2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>已写入 %1（%2）</source>
            <translation>已写入 %1（%2）</translation>
        </message>
        <message>
            <source>客户表：.xlsx 或 .csv（UTF-8、GBK/GB18030、Big5 自动识别）</source>
            <translation>客户表：.xlsx 或 .csv（UTF-8、GBK/GB18030、Big5 自动识别）</translation>
        </message>
        <message>
            <source>只报告将会新建、合并和拒绝什么，不写入</source>
            <translation>只报告将会新建、合并和拒绝什么，不写入</translation>
        </message>
        <message>
            <source>工作表名称（默认：最像客户表的那一张）</source>
            <translation>工作表名称（默认：最像客户表的那一张）</translation>
        </message>
        <message>
            <source>表里的美容师不在员工名单里时，新建为美容师（默认记入客户备注）</source>
            <translation>表里的美容师不在员工名单里时，新建为美容师（默认记入客户备注）</translation>
        </message>
        <message>
            <source>表里的客户已单独同意记录过敏信息（敏感个人信息）：导入过敏一列；不加时这一列不导入</source>
            <translation>表里的客户已单独同意记录过敏信息（敏感个人信息）：导入过敏一列；不加时这一列不导入</translation>
        </message>
        <message>
            <source>从 Excel/CSV 导入客户 / import clients from an old spreadsheet</source>
            <translation>从 Excel/CSV 导入客户 / import clients from an old spreadsheet</translation>
        </message>
        <message>
            <source>把美容院原来的客户表导入：自动找到表头（简体、繁体或英文），统一电话和生日的写法，同一电话的行合并（表内或与已有客户），缺姓名、电话或日期不对的行拒绝并写明行号和原因。整个导入是一个事务：失败或中断时什么都不写。
退出码：0 文件已处理（被拒绝的行列在报告里）；1 文件读不了（不是表格、空文件、找不到表头、有密码）。</source>
            <translation>把美容院原来的客户表导入：自动找到表头（简体、繁体或英文），统一电话和生日的写法，同一电话的行合并（表内或与已有客户），缺姓名、电话或日期不对的行拒绝并写明行号和原因。整个导入是一个事务：失败或中断时什么都不写。
退出码：0 文件已处理（被拒绝的行列在报告里）；1 文件读不了（不是表格、空文件、找不到表头、有密码）。</translation>
        </message>
        <message>
            <source>备份到这个文件（默认：数据库旁的 backups 文件夹，带日期，并轮换旧备份）</source>
            <translation>备份到这个文件（默认：数据库旁的 backups 文件夹，带日期，并轮换旧备份）</translation>
        </message>
        <message>
            <source>客户 %1，到店记录 %2，卡 %3，收付款 %4 笔</source>
            <translation>客户 %1，到店记录 %2，卡 %3，收付款 %4 笔</translation>
        </message>
        <message>
            <source>备份数据库 / back up the database</source>
            <translation>备份数据库 / back up the database</translation>
        </message>
        <message>
            <source>用 SQLite 的在线备份接口复制数据库（运行中的窗口不受影响），写入临时文件，核对完整性、每张表的行数和金额合计与原库一致后才改成正式文件名。不指定 --to 时放进数据库旁的 backups 文件夹，并保留最近 7 天、4 周、12 个月各一份。</source>
            <translation>用 SQLite 的在线备份接口复制数据库（运行中的窗口不受影响），写入临时文件，核对完整性、每张表的行数和金额合计与原库一致后才改成正式文件名。不指定 --to 时放进数据库旁的 backups 文件夹，并保留最近 7 天、4 周、12 个月各一份。</translation>
        </message>
        <message>
            <source>无法写入备份：%1</source>
            <translation>无法写入备份：%1</translation>
        </message>
        <message>
            <source>已备份到 %1（%2）</source>
            <translation>已备份到 %1（%2）</translation>
        </message>
        <message>
            <source>要恢复的备份文件</source>
            <translation>要恢复的备份文件</translation>
        </message>
        <message>
            <source>从备份恢复 / restore the database from a backup</source>
            <translation>从备份恢复 / restore the database from a backup</translation>
        </message>
        <message>
            <source>先检查备份文件（完整性、是否客情管家的数据库、版本），再把当前数据库另存为 *_pre_restore-日期.db，然后用备份替换当前数据；任何一步不通过都不替换。</source>
            <translation>先检查备份文件（完整性、是否客情管家的数据库、版本），再把当前数据库另存为 *_pre_restore-日期.db，然后用备份替换当前数据；任何一步不通过都不替换。</translation>
        </message>
        <message>
            <source>无法恢复：%1</source>
            <translation>无法恢复：%1</translation>
        </message>
        <message>
            <source>已从 %1 恢复（%2）；恢复前的数据保存在 %3</source>
            <translation>已从 %1 恢复（%2）；恢复前的数据保存在 %3</translation>
        </message>
    </context>
    <context>
        <name>confirm</name>
        <message>
            <source>%1：%2，超过了提醒金额 ¥%3。</source>
            <translation>%1：%2，超过了提醒金额 ¥%3。</translation>
        </message>
        <message>
            <source>赠送 %1，比实付的 ¥%2 还多。</source>
            <translation>赠送 %1，比实付的 ¥%2 还多。</translation>
        </message>
        <message>
            <source>%1 的数量是 %2（%3）。</source>
            <translation>%1 的数量是 %2（%3）。</translation>
        </message>
        <message>
            <source>到店日期 %1 是 %2 天以前。</source>
            <translation>到店日期 %1 是 %2 天以前。</translation>
        </message>
        <message>
            <source>确定没有输错吗？</source>
            <translation>确定没有输错吗？</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>1月</source>
            <translation>1月</translation>
        </message>
        <message>
            <source>2月</source>
            <translation>2月</translation>
        </message>
        <message>
            <source>3月</source>
            <translation>3月</translation>
        </message>
        <message>
            <source>4月</source>
            <translation>4月</translation>
        </message>
        <message>
            <source>5月</source>
            <translation>5月</translation>
        </message>
        <message>
            <source>6月</source>
            <translation>6月</translation>
        </message>
        <message>
            <source>7月</source>
            <translation>7月</translation>
        </message>
        <message>
            <source>8月</source>
            <translation>8月</translation>
        </message>
        <message>
            <source>9月</source>
            <translation>9月</translation>
        </message>
        <message>
            <source>10月</source>
            <translation>10月</translation>
        </message>
        <message>
            <source>11月</source>
            <translation>11月</translation>
        </message>
        <message>
            <source>12月</source>
            <translation>12月</translation>
        </message>
        <message>
            <source>M月d日</source>
            <translation>M月d日</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>MM-dd</source>
            <translation>MM-dd</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>客情管家</source>
            <translation>客情管家</translation>
        </message>
        <message>
            <source>保存为 PDF</source>
            <translation>保存为 PDF</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>无法保存 %1：文件夹不存在或没有写入权限。</source>
            <translation>无法保存 %1：文件夹不存在或没有写入权限。</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>%1没有“%2”的权限。</source>
            <translation>%1没有“%2”的权限。</translation>
        </message>
        <message>
            <source>%1 只能处理自己的客户。</source>
            <translation>%1 只能处理自己的客户。</translation>
        </message>
        <message>
            <source>密码应为 %1–%2 位数字。</source>
            <translation>密码应为 %1–%2 位数字。</translation>
        </message>
        <message>
            <source>%1 已停用。</source>
            <translation>%1 已停用。</translation>
        </message>
        <message>
            <source>%1 还没有设置密码，请老板为她设置。</source>
            <translation>%1 还没有设置密码，请老板为她设置。</translation>
        </message>
        <message>
            <source>密码不对，还可以再试 %1 次。</source>
            <translation>密码不对，还可以再试 %1 次。</translation>
        </message>
        <message>
            <source>密码错误次数太多，请在 %1 后再试。</source>
            <translation>密码错误次数太多，请在 %1 后再试。</translation>
        </message>
        <message>
            <source>文字无效。</source>
            <translation>文字无效。</translation>
        </message>
        <message>
            <source>回访天数“%1”应为 1–365 的天数，用逗号分开，例如 1,7。</source>
            <translation>回访天数“%1”应为 1–365 的天数，用逗号分开，例如 1,7。</translation>
        </message>
        <message>
            <source>简码“%1”应为 1–%2 个字母或数字。</source>
            <translation>简码“%1”应为 1–%2 个字母或数字。</translation>
        </message>
        <message>
            <source>简码“%1”已被另一个在售项目或产品使用。</source>
            <translation>简码“%1”已被另一个在售项目或产品使用。</translation>
        </message>
        <message>
            <source>已有一个在售的“%1”，请换个名称或先停用那一个。</source>
            <translation>已有一个在售的“%1”，请换个名称或先停用那一个。</translation>
        </message>
        <message>
            <source>时长应为 0–1440 分钟。</source>
            <translation>时长应为 0–1440 分钟。</translation>
        </message>
        <message>
            <source>所选项目不存在。</source>
            <translation>所选项目不存在。</translation>
        </message>
        <message>
            <source>卡类型无效。</source>
            <translation>卡类型无效。</translation>
        </message>
        <message>
            <source>次数应为 1–10000。</source>
            <translation>次数应为 1–10000。</translation>
        </message>
        <message>
            <source>赠送次数应为 0–10000。</source>
            <translation>赠送次数应为 0–10000。</translation>
        </message>
        <message>
            <source>有效天数应为 1–3660 天。</source>
            <translation>有效天数应为 1–3660 天。</translation>
        </message>
        <message>
            <source>次卡要填写次数（至少 1 次）。</source>
            <translation>次卡要填写次数（至少 1 次）。</translation>
        </message>
        <message>
            <source>不限次的年卡/月卡不能再赠送次数。</source>
            <translation>不限次的年卡/月卡不能再赠送次数。</translation>
        </message>
        <message>
            <source>赠送次数不能为负数。</source>
            <translation>赠送次数不能为负数。</translation>
        </message>
        <message>
            <source>年卡/月卡要填写有效天数（如 365 或 30）。</source>
            <translation>年卡/月卡要填写有效天数（如 365 或 30）。</translation>
        </message>
        <message>
            <source>储值卡要填写充值金额。</source>
            <translation>储值卡要填写充值金额。</translation>
        </message>
        <message>
            <source>请勾选这张卡可以做的项目。</source>
            <translation>请勾选这张卡可以做的项目。</translation>
        </message>
        <message>
            <source>日期 %1 月 %2 日不存在。</source>
            <translation>日期 %1 月 %2 日不存在。</translation>
        </message>
        <message>
            <source>请选择公历或农历生日。</source>
            <translation>请选择公历或农历生日。</translation>
        </message>
        <message>
            <source>生日需要月和日。</source>
            <translation>生日需要月和日。</translation>
        </message>
        <message>
            <source>出生年份 %1 不可能。</source>
            <translation>出生年份 %1 不可能。</translation>
        </message>
        <message>
            <source>闰月只能是“是”或“否”。</source>
            <translation>闰月只能是“是”或“否”。</translation>
        </message>
        <message>
            <source>生日不能晚于今天。</source>
            <translation>生日不能晚于今天。</translation>
        </message>
        <message>
            <source>农历 %1 月 %2 日不存在。</source>
            <translation>农历 %1 月 %2 日不存在。</translation>
        </message>
        <message>
            <source>%1–%2 年间没有%3，请检查月份或填上出生年份。</source>
            <translation>%1–%2 年间没有%3，请检查月份或填上出生年份。</translation>
        </message>
        <message>
            <source>农历%1年没有%2。</source>
            <translation>农历%1年没有%2。</translation>
        </message>
        <message>
            <source>农历%1年%2没有%3（这个月只有%4天）。</source>
            <translation>农历%1年%2没有%3（这个月只有%4天）。</translation>
        </message>
        <message>
            <source>电话 %1 已登记在客户“%2”（编号 %3）名下。</source>
            <translation>电话 %1 已登记在客户“%2”（编号 %3）名下。</translation>
        </message>
        <message>
            <source>所选员工不存在。</source>
            <translation>所选员工不存在。</translation>
        </message>
        <message>
            <source>%1 已停用，不能再分配新客户。</source>
            <translation>%1 已停用，不能再分配新客户。</translation>
        </message>
        <message>
            <source>姓名最多 %1 个字。</source>
            <translation>姓名最多 %1 个字。</translation>
        </message>
        <message>
            <source>性别选项无效。</source>
            <translation>性别选项无效。</translation>
        </message>
        <message>
            <source>聊天偏好选项无效。</source>
            <translation>聊天偏好选项无效。</translation>
        </message>
        <message>
            <source>介绍人不能是客户本人。</source>
            <translation>介绍人不能是客户本人。</translation>
        </message>
        <message>
            <source>介绍人不存在。</source>
            <translation>介绍人不存在。</translation>
        </message>
        <message>
            <source>家庭成员关系无效。</source>
            <translation>家庭成员关系无效。</translation>
        </message>
        <message>
            <source>纪念日类型无效。</source>
            <translation>纪念日类型无效。</translation>
        </message>
        <message>
            <source>请填写事件日期。</source>
            <translation>请填写事件日期。</translation>
        </message>
        <message>
            <source>客户撤回了同意：请先清空过敏、禁忌和皮肤问题，再保存。</source>
            <translation>客户撤回了同意：请先清空过敏、禁忌和皮肤问题，再保存。</translation>
        </message>
        <message>
            <source>过敏、禁忌和皮肤问题属于敏感个人信息：请先取得客户的单独同意，勾选“客户已同意”后再保存。</source>
            <translation>过敏、禁忌和皮肤问题属于敏感个人信息：请先取得客户的单独同意，勾选“客户已同意”后再保存。</translation>
        </message>
        <message>
            <source>请选择另一位美容师。</source>
            <translation>请选择另一位美容师。</translation>
        </message>
        <message>
            <source>在工作表“%1”的前 %2 行里找不到表头：需要一行写着“姓名”和至少另一项（如“电话”“生日”）。</source>
            <translation>在工作表“%1”的前 %2 行里找不到表头：需要一行写着“姓名”和至少另一项（如“电话”“生日”）。</translation>
        </message>
        <message>
            <source>在文件的前 %2 行里找不到表头：需要一行写着“姓名”和至少另一项（如“电话”“生日”）。</source>
            <translation>在文件的前 %2 行里找不到表头：需要一行写着“姓名”和至少另一项（如“电话”“生日”）。</translation>
        </message>
        <message>
            <source>没有姓名。</source>
            <translation>没有姓名。</translation>
        </message>
        <message>
            <source>这一行的电话分别属于两位不同的客户，请先核对是哪一位。</source>
            <translation>这一行的电话分别属于两位不同的客户，请先核对是哪一位。</translation>
        </message>
        <message>
            <source>文件里没有名为“%1”的工作表。</source>
            <translation>文件里没有名为“%1”的工作表。</translation>
        </message>
        <message>
            <source>打不开文件 %1：%2</source>
            <translation>打不开文件 %1：%2</translation>
        </message>
        <message>
            <source>文件 %1 是空的。</source>
            <translation>文件 %1 是空的。</translation>
        </message>
        <message>
            <source>%1 设有打开密码：请在 Excel 里去掉密码后另存，再导入。</source>
            <translation>%1 设有打开密码：请在 Excel 里去掉密码后另存，再导入。</translation>
        </message>
        <message>
            <source>%1 是旧版 Excel（.xls）文件：请在 Excel 里“另存为 .xlsx”后再导入。</source>
            <translation>%1 是旧版 Excel（.xls）文件：请在 Excel 里“另存为 .xlsx”后再导入。</translation>
        </message>
        <message>
            <source>%1 不是能读的 Excel 工作簿（文件已损坏或不是 Excel 保存的）。</source>
            <translation>%1 不是能读的 Excel 工作簿（文件已损坏或不是 Excel 保存的）。</translation>
        </message>
        <message>
            <source>%1 不是能读的 Excel 工作簿（%2）。</source>
            <translation>%1 不是能读的 Excel 工作簿（%2）。</translation>
        </message>
        <message>
            <source>%1 已损坏，读不出来（%2）。</source>
            <translation>%1 已损坏，读不出来（%2）。</translation>
        </message>
        <message>
            <source>%1 里没有任何数据。</source>
            <translation>%1 里没有任何数据。</translation>
        </message>
        <message>
            <source>%1 不是 Excel 工作簿，也不是 CSV 文本文件。</source>
            <translation>%1 不是 Excel 工作簿，也不是 CSV 文本文件。</translation>
        </message>
        <message>
            <source>%1 的文字编码认不出来：请在 Excel 里另存为 .xlsx 再导入。</source>
            <translation>%1 的文字编码认不出来：请在 Excel 里另存为 .xlsx 再导入。</translation>
        </message>
        <message>
            <source>电话号码“%1”格式不对。</source>
            <translation>电话号码“%1”格式不对。</translation>
        </message>
        <message>
            <source>生日“%1”看不懂：请写成 1985-03-12、1985.3.12、3月12日或农历八月十五。</source>
            <translation>生日“%1”看不懂：请写成 1985-03-12、1985.3.12、3月12日或农历八月十五。</translation>
        </message>
        <message>
            <source>日期应在 %1 年到 %2 年之间。</source>
            <translation>日期应在 %1 年到 %2 年之间。</translation>
        </message>
        <message>
            <source>日期无效。</source>
            <translation>日期无效。</translation>
        </message>
        <message>
            <source>请填写金额。</source>
            <translation>请填写金额。</translation>
        </message>
        <message>
            <source>金额“%1”无效：应为不小于 0 的数，最多两位小数。</source>
            <translation>金额“%1”无效：应为不小于 0 的数，最多两位小数。</translation>
        </message>
        <message>
            <source>金额 %1 元超过 %2 元，请检查是否多输了几位。</source>
            <translation>金额 %1 元超过 %2 元，请检查是否多输了几位。</translation>
        </message>
        <message>
            <source>金额“%1”无效：应为整数分。</source>
            <translation>金额“%1”无效：应为整数分。</translation>
        </message>
        <message>
            <source>金额不能为负数。</source>
            <translation>金额不能为负数。</translation>
        </message>
        <message>
            <source>“%1”已退卡，不能延期。</source>
            <translation>“%1”已退卡，不能延期。</translation>
        </message>
        <message>
            <source>“%1”长期有效，不需要延期。</source>
            <translation>“%1”长期有效，不需要延期。</translation>
        </message>
        <message>
            <source>新的到期日要晚于原到期日 %1。</source>
            <translation>新的到期日要晚于原到期日 %1。</translation>
        </message>
        <message>
            <source>新的到期日 %1 已经过去了。</source>
            <translation>新的到期日 %1 已经过去了。</translation>
        </message>
        <message>
            <source>“%1”已退卡，不能%2。</source>
            <translation>“%1”已退卡，不能%2。</translation>
        </message>
        <message>
            <source>“%1”已过期，不能%2。</source>
            <translation>“%1”已过期，不能%2。</translation>
        </message>
        <message>
            <source>次数应为 %1–%2 的整数。</source>
            <translation>次数应为 %1–%2 的整数。</translation>
        </message>
        <message>
            <source>“%1”已停售。</source>
            <translation>“%1”已停售。</translation>
        </message>
        <message>
            <source>付款合计应等于售价 %1 元。</source>
            <translation>付款合计应等于售价 %1 元。</translation>
        </message>
        <message>
            <source>开始日期 %1 太早：这张卡在售出前就已过期。</source>
            <translation>开始日期 %1 太早：这张卡在售出前就已过期。</translation>
        </message>
        <message>
            <source>请填写充值金额。</source>
            <translation>请填写充值金额。</translation>
        </message>
        <message>
            <source>续卡要填写增加的次数。</source>
            <translation>续卡要填写增加的次数。</translation>
        </message>
        <message>
            <source>年卡/月卡不能充值，请另售一张新卡。</source>
            <translation>年卡/月卡不能充值，请另售一张新卡。</translation>
        </message>
        <message>
            <source>手工调整必须写明原因。</source>
            <translation>手工调整必须写明原因。</translation>
        </message>
        <message>
            <source>调整金额无效。</source>
            <translation>调整金额无效。</translation>
        </message>
        <message>
            <source>调整数量不能为 0。</source>
            <translation>调整数量不能为 0。</translation>
        </message>
        <message>
            <source>赠送的金额请记入“赠送”，本金只能由客户付款增加。</source>
            <translation>赠送的金额请记入“赠送”，本金只能由客户付款增加。</translation>
        </message>
        <message>
            <source>次卡只能调整次数。</source>
            <translation>次卡只能调整次数。</translation>
        </message>
        <message>
            <source>储值卡只能调整金额。</source>
            <translation>储值卡只能调整金额。</translation>
        </message>
        <message>
            <source>不限次的年卡/月卡没有次数可调整。</source>
            <translation>不限次的年卡/月卡没有次数可调整。</translation>
        </message>
        <message>
            <source>“%1”剩余不足，不能减这么多。</source>
            <translation>“%1”剩余不足，不能减这么多。</translation>
        </message>
        <message>
            <source>“%1”不是这位客户的卡。</source>
            <translation>“%1”不是这位客户的卡。</translation>
        </message>
        <message>
            <source>“%1”已退卡，不能再用。</source>
            <translation>“%1”已退卡，不能再用。</translation>
        </message>
        <message>
            <source>“%1”已过期，不能再用。</source>
            <translation>“%1”已过期，不能再用。</translation>
        </message>
        <message>
            <source>“%1”已于 %2 到期，不能再用。</source>
            <translation>“%1”已于 %2 到期，不能再用。</translation>
        </message>
        <message>
            <source>“%1”还没到开始日期。</source>
            <translation>“%1”还没到开始日期。</translation>
        </message>
        <message>
            <source>储值卡请在付款里选择“储值卡”支付。</source>
            <translation>储值卡请在付款里选择“储值卡”支付。</translation>
        </message>
        <message>
            <source>“%1”不包含“%2”。</source>
            <translation>“%1”不包含“%2”。</translation>
        </message>
        <message>
            <source>“%1”只剩 %2 次，不够扣 %3 次。</source>
            <translation>“%1”只剩 %2 次，不够扣 %3 次。</translation>
        </message>
        <message>
            <source>“%1”不是储值卡。</source>
            <translation>“%1”不是储值卡。</translation>
        </message>
        <message>
            <source>“%1”余额 %2 元，不够支付 %3 元。</source>
            <translation>“%1”余额 %2 元，不够支付 %3 元。</translation>
        </message>
        <message>
            <source>所选的卡不存在。</source>
            <translation>所选的卡不存在。</translation>
        </message>
        <message>
            <source>付款方式无效。</source>
            <translation>付款方式无效。</translation>
        </message>
        <message>
            <source>储值卡付款要选择一张储值卡。</source>
            <translation>储值卡付款要选择一张储值卡。</translation>
        </message>
        <message>
            <source>电话号码“%1”格式不对：手机应为 11 位数字（如 138 1234 5678），座机请带区号。</source>
            <translation>电话号码“%1”格式不对：手机应为 11 位数字（如 138 1234 5678），座机请带区号。</translation>
        </message>
        <message>
            <source>请填写整数。</source>
            <translation>请填写整数。</translation>
        </message>
        <message>
            <source>提成方式无效。</source>
            <translation>提成方式无效。</translation>
        </message>
        <message>
            <source>天数或次数应在 0–3660 之间。</source>
            <translation>天数或次数应在 0–3660 之间。</translation>
        </message>
        <message>
            <source>提醒余额无效。</source>
            <translation>提醒余额无效。</translation>
        </message>
        <message>
            <source>ABC 分类的两个比例应满足 0 &lt; A &lt; B ≤ 100。</source>
            <translation>ABC 分类的两个比例应满足 0 &lt; A &lt; B ≤ 100。</translation>
        </message>
        <message>
            <source>提醒金额应在 0.01 与 %1 元之间。</source>
            <translation>提醒金额应在 0.01 与 %1 元之间。</translation>
        </message>
        <message>
            <source>提成比例“%1”应为 0–100 之间的百分数。</source>
            <translation>提成比例“%1”应为 0–100 之间的百分数。</translation>
        </message>
        <message>
            <source>已有一位在职的“%1”，请加上区分（如“%1A”）。</source>
            <translation>已有一位在职的“%1”，请加上区分（如“%1A”）。</translation>
        </message>
        <message>
            <source>岗位选项无效。</source>
            <translation>岗位选项无效。</translation>
        </message>
        <message>
            <source>%1 不是客情管家的备份（文件不存在或是空的）。</source>
            <translation>%1 不是客情管家的备份（文件不存在或是空的）。</translation>
        </message>
        <message>
            <source>%1 打不开：%2</source>
            <translation>%1 打不开：%2</translation>
        </message>
        <message>
            <source>%1 不是数据库文件。</source>
            <translation>%1 不是数据库文件。</translation>
        </message>
        <message>
            <source>%1 已损坏：%2</source>
            <translation>%1 已损坏：%2</translation>
        </message>
        <message>
            <source>%1 不是客情管家的数据库。</source>
            <translation>%1 不是客情管家的数据库。</translation>
        </message>
        <message>
            <source>%1 来自更新版本的客情管家（数据版本 %2）。</source>
            <translation>%1 来自更新版本的客情管家（数据版本 %2）。</translation>
        </message>
        <message>
            <source>%1无效。</source>
            <translation>%1无效。</translation>
        </message>
        <message>
            <source>%1里有无法保存的控制字符或文字方向符号，请删掉后重新输入。</source>
            <translation>%1里有无法保存的控制字符或文字方向符号，请删掉后重新输入。</translation>
        </message>
        <message>
            <source>请填写%1。</source>
            <translation>请填写%1。</translation>
        </message>
        <message>
            <source>%1最多 %2 个字。</source>
            <translation>%1最多 %2 个字。</translation>
        </message>
        <message>
            <source>项目类型无效。</source>
            <translation>项目类型无效。</translation>
        </message>
        <message>
            <source>数量应为 1–%1。</source>
            <translation>数量应为 1–%1。</translation>
        </message>
        <message>
            <source>请至少添加一个项目或产品。</source>
            <translation>请至少添加一个项目或产品。</translation>
        </message>
        <message>
            <source>满意度应为 1–5。</source>
            <translation>满意度应为 1–5。</translation>
        </message>
        <message>
            <source>产品不能用次卡抵扣。</source>
            <translation>产品不能用次卡抵扣。</translation>
        </message>
        <message>
            <source>价格和优惠不能为负数。</source>
            <translation>价格和优惠不能为负数。</translation>
        </message>
        <message>
            <source>优惠不能超过金额。</source>
            <translation>优惠不能超过金额。</translation>
        </message>
        <message>
            <source>到店时间不能晚于现在。</source>
            <translation>到店时间不能晚于现在。</translation>
        </message>
        <message>
            <source>付款合计 %1 元，应付 %2 元，还差 %3 元。</source>
            <translation>付款合计 %1 元，应付 %2 元，还差 %3 元。</translation>
        </message>
        <message>
            <source>付款合计 %1 元，应付 %2 元，多付了。</source>
            <translation>付款合计 %1 元，应付 %2 元，多付了。</translation>
        </message>
        <message>
            <source>修改已保存的记录要写明原因。</source>
            <translation>修改已保存的记录要写明原因。</translation>
        </message>
        <message>
            <source>这条记录已作废，不能再修改。</source>
            <translation>这条记录已作废，不能再修改。</translation>
        </message>
        <message>
            <source>作废记录要写明原因。</source>
            <translation>作废记录要写明原因。</translation>
        </message>
        <message>
            <source>这条记录已经作废了。</source>
            <translation>这条记录已经作废了。</translation>
        </message>
        <message>
            <source>不能把记录改到另一位客户名下，请作废后重新登记。</source>
            <translation>不能把记录改到另一位客户名下，请作废后重新登记。</translation>
        </message>
        <message>
            <source>“%1”已过期或已退卡，这次从卡里扣的部分不能再修改。</source>
            <translation>“%1”已过期或已退卡，这次从卡里扣的部分不能再修改。</translation>
        </message>
        <message>
            <source>“%1”已退卡，退款时已按这次消费计算，不能作废这条记录。</source>
            <translation>“%1”已退卡，退款时已按这次消费计算，不能作废这条记录。</translation>
        </message>
        <message>
            <source>“%1”已退卡，不能再退。</source>
            <translation>“%1”已退卡，不能再退。</translation>
        </message>
        <message>
            <source>“%1”购买的期限已于 %2 用完，没有可退的部分。</source>
            <translation>“%1”购买的期限已于 %2 用完，没有可退的部分。</translation>
        </message>
        <message>
            <source>退款方式无效。</source>
            <translation>退款方式无效。</translation>
        </message>
        <message>
            <source>这条提醒不是这位客户的。</source>
            <translation>这条提醒不是这位客户的。</translation>
        </message>
        <message>
            <source>这位客户不存在。</source>
            <translation>这位客户不存在。</translation>
        </message>
        <message>
            <source>提醒无效。</source>
            <translation>提醒无效。</translation>
        </message>
        <message>
            <source>联系方式无效。</source>
            <translation>联系方式无效。</translation>
        </message>
        <message>
            <source>满意与否选项无效。</source>
            <translation>满意与否选项无效。</translation>
        </message>
        <message>
            <source>这条投诉已经处理过了。</source>
            <translation>这条投诉已经处理过了。</translation>
        </message>
        <message>
            <source>请选一个以后的日期。</source>
            <translation>请选一个以后的日期。</translation>
        </message>
        <message>
            <source>第 %1 行节日“%2”看不懂：应写成“名称|lunar:8-15”“名称|solar:3-8”或“名称|weekday:5-2-6”。</source>
            <translation>第 %1 行节日“%2”看不懂：应写成“名称|lunar:8-15”“名称|solar:3-8”或“名称|weekday:5-2-6”。</translation>
        </message>
        <message>
            <source>请写明投诉内容。</source>
            <translation>请写明投诉内容。</translation>
        </message>
        <message>
            <source>请写明怎么解决的。</source>
            <translation>请写明怎么解决的。</translation>
        </message>
        <message>
            <source>月份应写成 年-月，例如 2026-10（收到的是 “%1”）。</source>
            <translation>月份应写成 年-月，例如 2026-10（收到的是 “%1”）。</translation>
        </message>
        <message>
            <source>结束日期不能早于开始日期。</source>
            <translation>结束日期不能早于开始日期。</translation>
        </message>
    </context>
    <context>
        <name>expiry</name>
        <message>
            <source>有效期至 %1</source>
            <translation>有效期至 %1</translation>
        </message>
        <message>
            <source>重新激活，</source>
            <translation>重新激活，</translation>
        </message>
        <message>
            <source>有效期由 %1 延至 %2</source>
            <translation>有效期由 %1 延至 %2</translation>
        </message>
        <message>
            <source>：%1</source>
            <translation>：%1</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>提醒</source>
            <translation>提醒</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>逾期</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>美容师</translation>
        </message>
        <message>
            <source>事项</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>问候语</source>
            <translation>问候语</translation>
        </message>
        <message>
            <source>是</source>
            <translation>是</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>项目名称</source>
            <translation>项目名称</translation>
        </message>
        <message>
            <source>分类</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>产品名称</source>
            <translation>产品名称</translation>
        </message>
        <message>
            <source>品牌</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>卡项名称</source>
            <translation>卡项名称</translation>
        </message>
        <message>
            <source>客户姓名</source>
            <translation>客户姓名</translation>
        </message>
        <message>
            <source>标签</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>家人姓名</source>
            <translation>家人姓名</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>员工姓名</source>
            <translation>员工姓名</translation>
        </message>
        <message>
            <source>擅长项目</source>
            <translation>擅长项目</translation>
        </message>
        <message>
            <source>文字</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>皮肤状况</source>
            <translation>皮肤状况</translation>
        </message>
        <message>
            <source>记录</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>皮肤反应</source>
            <translation>皮肤反应</translation>
        </message>
        <message>
            <source>处理结果</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>礼物</source>
            <translation>礼物</translation>
        </message>
        <message>
            <source>投诉内容</source>
            <translation>投诉内容</translation>
        </message>
    </context>
    <context>
        <name>figures</name>
        <message>
            <source>到店消费</source>
            <translation>到店消费</translation>
        </message>
        <message>
            <source>售卡</source>
            <translation>售卡</translation>
        </message>
        <message>
            <source>充值</source>
            <translation>充值</translation>
        </message>
        <message>
            <source>退卡</source>
            <translation>退卡</translation>
        </message>
        <message>
            <source>金额</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>确认收入</source>
            <translation>确认收入</translation>
        </message>
        <message>
            <source>本期消费</source>
            <translation>本期消费</translation>
        </message>
        <message>
            <source>本年消费</source>
            <translation>本年消费</translation>
        </message>
        <message>
            <source>期初</source>
            <translation>期初</translation>
        </message>
        <message>
            <source>期末</source>
            <translation>期末</translation>
        </message>
        <message>
            <source>赠送期末</source>
            <translation>赠送期末</translation>
        </message>
        <message>
            <source>收款</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>实收合计（不含储值卡支付）</source>
            <translation>实收合计（不含储值卡支付）</translation>
        </message>
        <message>
            <source>储值卡支付（以前预收）</source>
            <translation>储值卡支付（以前预收）</translation>
        </message>
        <message>
            <source>耗（确认收入）</source>
            <translation>耗（确认收入）</translation>
        </message>
        <message>
            <source>合计</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>耗卡（次卡、储值本金）</source>
            <translation>耗卡（次卡、储值本金）</translation>
        </message>
        <message>
            <source>现结</source>
            <translation>现结</translation>
        </message>
        <message>
            <source>储值赠送抵扣（不计收入）</source>
            <translation>储值赠送抵扣（不计收入）</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>付款客户</source>
            <translation>付款客户</translation>
        </message>
        <message>
            <source>客户分类</source>
            <translation>客户分类</translation>
        </message>
        <message>
            <source>ABC 分类（%1% / %2%）</source>
            <translation>ABC 分类（%1% / %2%）</translation>
        </message>
        <message>
            <source>%1 类</source>
            <translation>%1 类</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>未填</source>
            <translation>未填</translation>
        </message>
        <message>
            <source>到店频率（近 12 个月）</source>
            <translation>到店频率（近 12 个月）</translation>
        </message>
        <message>
            <source>新老客户</source>
            <translation>新老客户</translation>
        </message>
        <message>
            <source>新客</source>
            <translation>新客</translation>
        </message>
        <message>
            <source>回头客</source>
            <translation>回头客</translation>
        </message>
        <message>
            <source>本期流失（%1 天没来）</source>
            <translation>本期流失（%1 天没来）</translation>
        </message>
        <message>
            <source>项目排行</source>
            <translation>项目排行</translation>
        </message>
        <message>
            <source>产品排行</source>
            <translation>产品排行</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>美容师</translation>
        </message>
        <message>
            <source>预收款</source>
            <translation>预收款</translation>
        </message>
        <message>
            <source>储值赠送余额期末</source>
            <translation>储值赠送余额期末</translation>
        </message>
        <message>
            <source>分类</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>近 12 个月到店</source>
            <translation>近 12 个月到店</translation>
        </message>
        <message>
            <source>最后一次到店</source>
            <translation>最后一次到店</translation>
        </message>
        <message>
            <source>卡号</source>
            <translation>卡号</translation>
        </message>
        <message>
            <source>卡</source>
            <translation>卡</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>剩余次数</source>
            <translation>剩余次数</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>来源</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>付款方式</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>扣卡</source>
            <translation>扣卡</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <source>粘贴的内容有多行，只保留了第一行。</source>
            <translation>粘贴的内容有多行，只保留了第一行。</translation>
        </message>
    </context>
    <context>
        <name>holidays</name>
        <message>
            <source>{name}，{holiday}快乐！</source>
            <translation>{name}，{holiday}快乐！</translation>
        </message>
        <message>
            <source>生活</source>
            <translation>生活</translation>
        </message>
        <message>
            <source>我们</source>
            <translation>我们</translation>
        </message>
    </context>
    <context>
        <name>imports</name>
        <message>
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>第二个电话</source>
            <translation>第二个电话</translation>
        </message>
        <message>
            <source>生日</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>农历生日</source>
            <translation>农历生日</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>肤质</source>
            <translation>肤质</translation>
        </message>
        <message>
            <source>过敏</source>
            <translation>过敏</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>微信</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>职业</source>
            <translation>职业</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>美容师</translation>
        </message>
        <message>
            <source>标签</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>卡项/余额（记入备注）</source>
            <translation>卡项/余额（记入备注）</translation>
        </message>
        <message>
            <source>其他（记入备注）</source>
            <translation>其他（记入备注）</translation>
        </message>
        <message>
            <source>不导入</source>
            <translation>不导入</translation>
        </message>
        <message>
            <source>新建</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>并入前一行</source>
            <translation>并入前一行</translation>
        </message>
        <message>
            <source>并入已有客户</source>
            <translation>并入已有客户</translation>
        </message>
        <message>
            <source>拒绝</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>跳过</source>
            <translation>跳过</translation>
        </message>
        <message>
            <source>%1（原表）：%2</source>
            <translation>%1（原表）：%2</translation>
        </message>
        <message>
            <source>其他电话：%1</source>
            <translation>其他电话：%1</translation>
        </message>
        <message>
            <source>第 %1 行另记：%2</source>
            <translation>第 %1 行另记：%2</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>合计或说明行</source>
            <translation>合计或说明行</translation>
        </message>
        <message>
            <source>重复的表头</source>
            <translation>重复的表头</translation>
        </message>
        <message>
            <source>从 %1 导入（%2）</source>
            <translation>从 %1 导入（%2）</translation>
        </message>
        <message>
            <source>原美容师：%1</source>
            <translation>原美容师：%1</translation>
        </message>
        <message>
            <source>%1时合并（第 %2 行）</source>
            <translation>%1时合并（第 %2 行）</translation>
        </message>
        <message>
            <source>已有，没有新内容</source>
            <translation>已有，没有新内容</translation>
        </message>
        <message>
            <source>%1，第 %2 行</source>
            <translation>%1，第 %2 行</translation>
        </message>
        <message>
            <source>过敏未导入：没有确认客户同意</source>
            <translation>过敏未导入：没有确认客户同意</translation>
        </message>
        <message>
            <source>补上%1</source>
            <translation>补上%1</translation>
        </message>
        <message>
            <source>%1 · 工作表“%2” · 表头在第 %3 行</source>
            <translation>%1 · 工作表“%2” · 表头在第 %3 行</translation>
        </message>
        <message>
            <source>已导入：新建 %1 位客户，合并 %2 行（并入前面的行 %3，并入已有客户 %4），拒绝 %5 行，跳过 %6 行。</source>
            <translation>已导入：新建 %1 位客户，合并 %2 行（并入前面的行 %3，并入已有客户 %4），拒绝 %5 行，跳过 %6 行。</translation>
        </message>
        <message>
            <source>将会：新建 %1 位客户，合并 %2 行（并入前面的行 %3，并入已有客户 %4），拒绝 %5 行，跳过 %6 行。</source>
            <translation>将会：新建 %1 位客户，合并 %2 行（并入前面的行 %3，并入已有客户 %4），拒绝 %5 行，跳过 %6 行。</translation>
        </message>
        <message>
            <source>识别的列：%1</source>
            <translation>识别的列：%1</translation>
        </message>
        <message>
            <source>与第 %1 行同一电话，合并</source>
            <translation>与第 %1 行同一电话，合并</translation>
        </message>
        <message>
            <source>电话已登记，并入客户编号 %1</source>
            <translation>电话已登记，并入客户编号 %1</translation>
        </message>
        <message>
            <source>第 %1 行 %2 — %3：%4</source>
            <translation>第 %1 行 %2 — %3：%4</translation>
        </message>
        <message>
            <source>第 %1 行 %2 — %3</source>
            <translation>第 %1 行 %2 — %3</translation>
        </message>
        <message>
            <source>已新建为美容师</source>
            <translation>已新建为美容师</translation>
        </message>
        <message>
            <source>将新建为美容师</source>
            <translation>将新建为美容师</translation>
        </message>
        <message>
            <source>不在员工名单里，记入备注</source>
            <translation>不在员工名单里，记入备注</translation>
        </message>
        <message>
            <source>美容师“%1”（第 %2 等 行）%3</source>
            <translation>美容师“%1”（第 %2 等 行）%3</translation>
        </message>
        <message>
            <source>美容师“%1”（第 %2 行）%3</source>
            <translation>美容师“%1”（第 %2 行）%3</translation>
        </message>
    </context>
    <context>
        <name>integrity</name>
        <message>
            <source>SQLite 完整性检查：%1</source>
            <translation>SQLite 完整性检查：%1</translation>
        </message>
        <message>
            <source>%1 #%2 引用的 %3 记录不存在</source>
            <translation>%1 #%2 引用的 %3 记录不存在</translation>
        </message>
        <message>
            <source>SQLite 完整性检查失败：%1</source>
            <translation>SQLite 完整性检查失败：%1</translation>
        </message>
        <message>
            <source>卡 #%1：记录的剩余（次数 %2，本金 %3，赠送 %4 元）与台账合计（%5，%6，%7 元）不符</source>
            <translation>卡 #%1：记录的剩余（次数 %2，本金 %3，赠送 %4 元）与台账合计（%5，%6，%7 元）不符</translation>
        </message>
        <message>
            <source>卡 #%1：剩余为负数（次数 %2，本金 %3，赠送 %4 元）</source>
            <translation>卡 #%1：剩余为负数（次数 %2，本金 %3，赠送 %4 元）</translation>
        </message>
        <message>
            <source>卡 #%1：台账 #%2 之后剩余为负数（次数 %3，本金 %4，赠送 %5 元）</source>
            <translation>卡 #%1：台账 #%2 之后剩余为负数（次数 %3，本金 %4，赠送 %5 元）</translation>
        </message>
        <message>
            <source>卡 #%1：台账应以唯一一条售卡开头（售卡 %2 条，第一行是 %3）</source>
            <translation>卡 #%1：台账应以唯一一条售卡开头（售卡 %2 条，第一行是 %3）</translation>
        </message>
        <message>
            <source>卡 #%1（%2）：剩余的种类不对（次数 %3，本金 %4，赠送 %5 元）</source>
            <translation>卡 #%1（%2）：剩余的种类不对（次数 %3，本金 %4，赠送 %5 元）</translation>
        </message>
        <message>
            <source>卡 #%1：状态 %2 与剩余不符（次数 %3，余额 %4 元）</source>
            <translation>卡 #%1：状态 %2 与剩余不符（次数 %3，余额 %4 元）</translation>
        </message>
        <message>
            <source>卡 #%1：退卡（台账 #%2）之后台账又有变动（台账 #%3）</source>
            <translation>卡 #%1：退卡（台账 #%2）之后台账又有变动（台账 #%3）</translation>
        </message>
        <message>
            <source>台账 #%1（%2）：记录收付 %3 元，对应的付款合计 %4 元</source>
            <translation>台账 #%1（%2）：记录收付 %3 元，对应的付款合计 %4 元</translation>
        </message>
        <message>
            <source>明细 #%1（到店记录 #%2）：金额 %3 元 ≠ 数量 %4 × 单价 %5 − 优惠 %6</source>
            <translation>明细 #%1（到店记录 #%2）：金额 %3 元 ≠ 数量 %4 × 单价 %5 − 优惠 %6</translation>
        </message>
        <message>
            <source>到店记录 #%1：合计 %2 元，明细之和 %3 元</source>
            <translation>到店记录 #%1：合计 %2 元，明细之和 %3 元</translation>
        </message>
        <message>
            <source>到店记录 #%1：实收（冲正后）%2 元，应收（未用卡抵扣的明细）%3 元</source>
            <translation>到店记录 #%1：实收（冲正后）%2 元，应收（未用卡抵扣的明细）%3 元</translation>
        </message>
        <message>
            <source>作废的到店记录 #%1：付款没有全部冲回（净额 %2 元）</source>
            <translation>作废的到店记录 #%1：付款没有全部冲回（净额 %2 元）</translation>
        </message>
        <message>
            <source>作废的到店记录 #%1：卡 #%2 没有全部退回（次数 %3，金额 %4 元）</source>
            <translation>作废的到店记录 #%1：卡 #%2 没有全部退回（次数 %3，金额 %4 元）</translation>
        </message>
        <message>
            <source>到店记录 #%1：卡 #%2 抵扣了 %3 行共 %4 次，台账净记 %5 次扣卡共 %6 次</source>
            <translation>到店记录 #%1：卡 #%2 抵扣了 %3 行共 %4 次，台账净记 %5 次扣卡共 %6 次</translation>
        </message>
        <message>
            <source>明细 #%1（到店记录 #%2）：抵扣用的卡 #%3 不是这位客户的次卡或年卡/月卡</source>
            <translation>明细 #%1（到店记录 #%2）：抵扣用的卡 #%3 不是这位客户的次卡或年卡/月卡</translation>
        </message>
        <message>
            <source>到店记录 #%1：储值卡 #%2 付款 %3 元，卡上扣了 %4 元</source>
            <translation>到店记录 #%1：储值卡 #%2 付款 %3 元，卡上扣了 %4 元</translation>
        </message>
        <message>
            <source>付款 #%1：用的储值卡 #%2 不是这位客户的储值卡</source>
            <translation>付款 #%1：用的储值卡 #%2 不是这位客户的储值卡</translation>
        </message>
        <message>
            <source>台账 #%1：冲回的台账 #%2 不是同一张卡上对应的扣卡或过期，数量不相反，或被冲回了不止一次</source>
            <translation>台账 #%1：冲回的台账 #%2 不是同一张卡上对应的扣卡或过期，数量不相反，或被冲回了不止一次</translation>
        </message>
        <message>
            <source>付款 #%1：冲正的付款 #%2 不是同一次到店、同一方式的相反金额，或被冲正了不止一次</source>
            <translation>付款 #%1：冲正的付款 #%2 不是同一次到店、同一方式的相反金额，或被冲正了不止一次</translation>
        </message>
        <message>
            <source>无</source>
            <translation>无</translation>
        </message>
        <message>
            <source>账目规则无法检查：%1</source>
            <translation>账目规则无法检查：%1</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <source>跟随系统</source>
            <translation>跟随系统</translation>
        </message>
    </context>
    <context>
        <name>lapsing</name>
        <message>
            <source>该回访了</source>
            <translation>该回访了</translation>
        </message>
        <message>
            <source>流失风险</source>
            <translation>流失风险</translation>
        </message>
        <message>
            <source>3–6 个月没来</source>
            <translation>3–6 个月没来</translation>
        </message>
        <message>
            <source>半年以上没来</source>
            <translation>半年以上没来</translation>
        </message>
        <message>
            <source>第一次来店，问问感受</source>
            <translation>第一次来店，问问感受</translation>
        </message>
        <message>
            <source>流失预警：%1</source>
            <translation>流失预警：%1</translation>
        </message>
        <message>
            <source>上次到店 %1（%2 天前，共 %3 次）</source>
            <translation>上次到店 %1（%2 天前，共 %3 次）</translation>
        </message>
        <message>
            <source>；平时约 %1 天来一次，已超过 %2 天</source>
            <translation>；平时约 %1 天来一次，已超过 %2 天</translation>
        </message>
    </context>
    <context>
        <name>ledger</name>
        <message>
            <source>在用</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>用完</source>
            <translation>用完</translation>
        </message>
        <message>
            <source>过期</source>
            <translation>过期</translation>
        </message>
        <message>
            <source>退卡</source>
            <translation>退卡</translation>
        </message>
    </context>
    <context>
        <name>liability</name>
        <message>
            <source>次卡</source>
            <translation>次卡</translation>
        </message>
        <message>
            <source>年/月卡</source>
            <translation>年/月卡</translation>
        </message>
        <message>
            <source>储值卡</source>
            <translation>储值卡</translation>
        </message>
        <message>
            <source>期初</source>
            <translation>期初</translation>
        </message>
        <message>
            <source>售卡</source>
            <translation>售卡</translation>
        </message>
        <message>
            <source>充值</source>
            <translation>充值</translation>
        </message>
        <message>
            <source>耗卡</source>
            <translation>耗卡</translation>
        </message>
        <message>
            <source>退卡</source>
            <translation>退卡</translation>
        </message>
        <message>
            <source>过期</source>
            <translation>过期</translation>
        </message>
        <message>
            <source>撤销/调整</source>
            <translation>撤销/调整</translation>
        </message>
        <message>
            <source>单价变动与尾差</source>
            <translation>单价变动与尾差</translation>
        </message>
        <message>
            <source>期末</source>
            <translation>期末</translation>
        </message>
    </context>
    <context>
        <name>listing</name>
        <message>
            <source>生日</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>节日问候：%1（%2）</source>
            <translation>节日问候：%1（%2）</translation>
        </message>
        <message>
            <source>投诉与不满意</source>
            <translation>投诉与不满意</translation>
        </message>
        <message>
            <source>护理回访</source>
            <translation>护理回访</translation>
        </message>
        <message>
            <source>关心问候</source>
            <translation>关心问候</translation>
        </message>
        <message>
            <source>纪念日</source>
            <translation>纪念日</translation>
        </message>
        <message>
            <source>卡项</source>
            <translation>卡项</translation>
        </message>
        <message>
            <source>流失预警</source>
            <translation>流失预警</translation>
        </message>
        <message>
            <source>节日问候</source>
            <translation>节日问候</translation>
        </message>
        <message>
            <source>提醒 %1 至 %2</source>
            <translation>提醒 %1 至 %2</translation>
        </message>
        <message>
            <source>（已逾期）</source>
            <translation>（已逾期）</translation>
        </message>
        <message>
            <source>【%1】%2 条</source>
            <translation>【%1】%2 条</translation>
        </message>
        <message>
            <source>      问候语：%1</source>
            <translation>      问候语：%1</translation>
        </message>
        <message>
            <source>没有需要处理的提醒。</source>
            <translation>没有需要处理的提醒。</translation>
        </message>
    </context>
    <context>
        <name>logs</name>
        <message>
            <source>补水面膜一盒</source>
            <translation>补水面膜一盒</translation>
        </message>
        <message>
            <source>护手霜</source>
            <translation>护手霜</translation>
        </message>
        <message>
            <source>精油小样套装</source>
            <translation>精油小样套装</translation>
        </message>
        <message>
            <source>一次免费肩颈护理</source>
            <translation>一次免费肩颈护理</translation>
        </message>
        <message>
            <source>香薰蜡烛</source>
            <translation>香薰蜡烛</translation>
        </message>
        <message>
            <source>定制花束</source>
            <translation>定制花束</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>请填写姓名。</source>
            <translation>请填写姓名。</translation>
        </message>
        <message>
            <source>姓名太长。</source>
            <translation>姓名太长。</translation>
        </message>
        <message>
            <source>电话号码“%1”格式不对：手机应为 11 位数字，座机请带区号。</source>
            <translation>电话号码“%1”格式不对：手机应为 11 位数字，座机请带区号。</translation>
        </message>
        <message>
            <source>电话 %1 已登记在客户“%2”名下。</source>
            <translation>电话 %1 已登记在客户“%2”名下。</translation>
        </message>
        <message>
            <source>%1 月 %2 日这一天不存在，请检查月和日。</source>
            <translation>%1 月 %2 日这一天不存在，请检查月和日。</translation>
        </message>
        <message>
            <source>这个日期不存在，请检查月和日。</source>
            <translation>这个日期不存在，请检查月和日。</translation>
        </message>
        <message>
            <source>到店时间不能晚于现在。</source>
            <translation>到店时间不能晚于现在。</translation>
        </message>
        <message>
            <source>生日不能晚于今天。</source>
            <translation>生日不能晚于今天。</translation>
        </message>
        <message>
            <source>请填写日期。</source>
            <translation>请填写日期。</translation>
        </message>
        <message>
            <source>%1 已停用，不能再分配新客户。</source>
            <translation>%1 已停用，不能再分配新客户。</translation>
        </message>
        <message>
            <source>所选员工不存在。</source>
            <translation>所选员工不存在。</translation>
        </message>
        <message>
            <source>请选择接手的美容师。</source>
            <translation>请选择接手的美容师。</translation>
        </message>
        <message>
            <source>节日“%1”看不懂：应写成“名称|lunar:8-15”“名称|solar:3-8”或“名称|weekday:5-2-6”。</source>
            <translation>节日“%1”看不懂：应写成“名称|lunar:8-15”“名称|solar:3-8”或“名称|weekday:5-2-6”。</translation>
        </message>
        <message>
            <source>天数或次数应在 0–3660 之间。</source>
            <translation>天数或次数应在 0–3660 之间。</translation>
        </message>
        <message>
            <source>ABC 分类的两个比例应满足 0 &lt; A &lt; B ≤ 100。</source>
            <translation>ABC 分类的两个比例应满足 0 &lt; A &lt; B ≤ 100。</translation>
        </message>
        <message>
            <source>月份应写成 年-月，例如 2026-10。</source>
            <translation>月份应写成 年-月，例如 2026-10。</translation>
        </message>
        <message>
            <source>结束日期不能早于开始日期。</source>
            <translation>结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <source>请选一个以后的日期。</source>
            <translation>请选一个以后的日期。</translation>
        </message>
        <message>
            <source>这位客户不存在。</source>
            <translation>这位客户不存在。</translation>
        </message>
        <message>
            <source>这条投诉已经处理过了。</source>
            <translation>这条投诉已经处理过了。</translation>
        </message>
        <message>
            <source>请写明怎么解决的。</source>
            <translation>请写明怎么解决的。</translation>
        </message>
        <message>
            <source>介绍人不能是客户本人。</source>
            <translation>介绍人不能是客户本人。</translation>
        </message>
        <message>
            <source>介绍人不存在。</source>
            <translation>介绍人不存在。</translation>
        </message>
        <message>
            <source>提成比例应为 0–100 之间的百分数。</source>
            <translation>提成比例应为 0–100 之间的百分数。</translation>
        </message>
        <message>
            <source>选项无效。</source>
            <translation>选项无效。</translation>
        </message>
        <message>
            <source>请至少添加一个项目或产品。</source>
            <translation>请至少添加一个项目或产品。</translation>
        </message>
        <message>
            <source>“%1”只剩 %2 次，不够扣 %3 次。</source>
            <translation>“%1”只剩 %2 次，不够扣 %3 次。</translation>
        </message>
        <message>
            <source>卡内剩余不足。</source>
            <translation>卡内剩余不足。</translation>
        </message>
        <message>
            <source>“%1”不包含“%2”，请改为现付或换一张卡。</source>
            <translation>“%1”不包含“%2”，请改为现付或换一张卡。</translation>
        </message>
        <message>
            <source>产品不能用次卡抵扣。</source>
            <translation>产品不能用次卡抵扣。</translation>
        </message>
        <message>
            <source>“%1”已过期，不能再用。</source>
            <translation>“%1”已过期，不能再用。</translation>
        </message>
        <message>
            <source>“%1”已过期或已退卡，不能再用。</source>
            <translation>“%1”已过期或已退卡，不能再用。</translation>
        </message>
        <message>
            <source>“%1”已过期或已退卡，这条记录里从这张卡扣的部分不能再修改或作废。</source>
            <translation>“%1”已过期或已退卡，这条记录里从这张卡扣的部分不能再修改或作废。</translation>
        </message>
        <message>
            <source>“%1”长期有效，不需要延期。</source>
            <translation>“%1”长期有效，不需要延期。</translation>
        </message>
        <message>
            <source>新的到期日要晚于原到期日 %1。</source>
            <translation>新的到期日要晚于原到期日 %1。</translation>
        </message>
        <message>
            <source>新的到期日 %1 已经过去了。</source>
            <translation>新的到期日 %1 已经过去了。</translation>
        </message>
        <message>
            <source>“%1”购买的期限已用完，没有可退的部分。</source>
            <translation>“%1”购买的期限已用完，没有可退的部分。</translation>
        </message>
        <message>
            <source>“%1”还没到开始日期。</source>
            <translation>“%1”还没到开始日期。</translation>
        </message>
        <message>
            <source>“%1”不是这位客户的卡。</source>
            <translation>“%1”不是这位客户的卡。</translation>
        </message>
        <message>
            <source>“%1”余额 %2 元，不够支付 %3 元。</source>
            <translation>“%1”余额 %2 元，不够支付 %3 元。</translation>
        </message>
        <message>
            <source>储值卡余额不足。</source>
            <translation>储值卡余额不足。</translation>
        </message>
        <message>
            <source>金额“%1”无效：应为不小于 0 的数，最多两位小数。</source>
            <translation>金额“%1”无效：应为不小于 0 的数，最多两位小数。</translation>
        </message>
        <message>
            <source>请填写金额。</source>
            <translation>请填写金额。</translation>
        </message>
        <message>
            <source>金额不能为负数。</source>
            <translation>金额不能为负数。</translation>
        </message>
        <message>
            <source>数量应为 1–%1。</source>
            <translation>数量应为 1–%1。</translation>
        </message>
        <message>
            <source>优惠不能超过金额。</source>
            <translation>优惠不能超过金额。</translation>
        </message>
        <message>
            <source>满意度应为 1–5。</source>
            <translation>满意度应为 1–5。</translation>
        </message>
        <message>
            <source>请写明原因。</source>
            <translation>请写明原因。</translation>
        </message>
        <message>
            <source>这条记录已作废，不能再修改。</source>
            <translation>这条记录已作废，不能再修改。</translation>
        </message>
        <message>
            <source>不能把记录改到另一位客户名下，请作废后重新登记。</source>
            <translation>不能把记录改到另一位客户名下，请作废后重新登记。</translation>
        </message>
        <message>
            <source>回访天数应为 1–365 的天数，用逗号分开，例如 1,7。</source>
            <translation>回访天数应为 1–365 的天数，用逗号分开，例如 1,7。</translation>
        </message>
        <message>
            <source>时长应为 0–1440 分钟。</source>
            <translation>时长应为 0–1440 分钟。</translation>
        </message>
        <message>
            <source>次卡要填写次数（至少 1 次）。</source>
            <translation>次卡要填写次数（至少 1 次）。</translation>
        </message>
        <message>
            <source>次数应为 1–10000，赠送次数不能为负数。</source>
            <translation>次数应为 1–10000，赠送次数不能为负数。</translation>
        </message>
        <message>
            <source>年卡/月卡要填写有效天数（如 365 或 30）。</source>
            <translation>年卡/月卡要填写有效天数（如 365 或 30）。</translation>
        </message>
        <message>
            <source>有效天数应为 1–3660 天。</source>
            <translation>有效天数应为 1–3660 天。</translation>
        </message>
        <message>
            <source>请勾选这张卡可以做的项目。</source>
            <translation>请勾选这张卡可以做的项目。</translation>
        </message>
        <message>
            <source>请选择卡项。</source>
            <translation>请选择卡项。</translation>
        </message>
        <message>
            <source>“%1”已停售。</source>
            <translation>“%1”已停售。</translation>
        </message>
        <message>
            <source>付款方式无效。</source>
            <translation>付款方式无效。</translation>
        </message>
        <message>
            <source>这类卡不能这样操作：次卡只调次数，储值卡只调金额，年卡/月卡请另售新卡。</source>
            <translation>这类卡不能这样操作：次卡只调次数，储值卡只调金额，年卡/月卡请另售新卡。</translation>
        </message>
        <message>
            <source>调整数量不能为 0。</source>
            <translation>调整数量不能为 0。</translation>
        </message>
        <message>
            <source>已有一个在用的“%1”，请换个名称或先停用那一个。</source>
            <translation>已有一个在用的“%1”，请换个名称或先停用那一个。</translation>
        </message>
        <message>
            <source>最多 %1 个字。</source>
            <translation>最多 %1 个字。</translation>
        </message>
        <message>
            <source>简码应为 1–%1 个字母或数字。</source>
            <translation>简码应为 1–%1 个字母或数字。</translation>
        </message>
        <message>
            <source>简码“%1”已被另一个在售项目或产品使用。</source>
            <translation>简码“%1”已被另一个在售项目或产品使用。</translation>
        </message>
        <message>
            <source>打不开文件 %1。</source>
            <translation>打不开文件 %1。</translation>
        </message>
        <message>
            <source>文件 %1 是空的。</source>
            <translation>文件 %1 是空的。</translation>
        </message>
        <message>
            <source>%1 是旧版 Excel（.xls）文件：请在 Excel 里“另存为 .xlsx”后再导入。</source>
            <translation>%1 是旧版 Excel（.xls）文件：请在 Excel 里“另存为 .xlsx”后再导入。</translation>
        </message>
        <message>
            <source>%1 设有打开密码：请在 Excel 里去掉密码后另存，再导入。</source>
            <translation>%1 设有打开密码：请在 Excel 里去掉密码后另存，再导入。</translation>
        </message>
        <message>
            <source>%1 不是能读的 Excel 工作簿或 CSV 文件。</source>
            <translation>%1 不是能读的 Excel 工作簿或 CSV 文件。</translation>
        </message>
        <message>
            <source>文件里没有名为“%1”的工作表。</source>
            <translation>文件里没有名为“%1”的工作表。</translation>
        </message>
        <message>
            <source>找不到表头：需要一行写着“姓名”和至少另一项（如“电话”“生日”）。请在下一步指定表头所在的行。</source>
            <translation>找不到表头：需要一行写着“姓名”和至少另一项（如“电话”“生日”）。请在下一步指定表头所在的行。</translation>
        </message>
        <message>
            <source>没有姓名。</source>
            <translation>没有姓名。</translation>
        </message>
        <message>
            <source>这一行的电话分别属于两位不同的客户，请先核对是哪一位。</source>
            <translation>这一行的电话分别属于两位不同的客户，请先核对是哪一位。</translation>
        </message>
        <message>
            <source>生日“%1”看不懂：请写成 1985-03-12、1985.3.12、3月12日或农历八月十五。</source>
            <translation>生日“%1”看不懂：请写成 1985-03-12、1985.3.12、3月12日或农历八月十五。</translation>
        </message>
        <message>
            <source>%1 没有这项操作的权限，请老板登录后再做。</source>
            <translation>%1 没有这项操作的权限，请老板登录后再做。</translation>
        </message>
        <message>
            <source>密码应为 4–8 位数字。</source>
            <translation>密码应为 4–8 位数字。</translation>
        </message>
        <message>
            <source>两次输入的密码不一样。</source>
            <translation>两次输入的密码不一样。</translation>
        </message>
        <message>
            <source>密码不对，还可以再试 %1 次。</source>
            <translation>密码不对，还可以再试 %1 次。</translation>
        </message>
        <message>
            <source>密码错误次数太多，请在 %1 后再试。</source>
            <translation>密码错误次数太多，请在 %1 后再试。</translation>
        </message>
        <message>
            <source>%1 还没有设置密码，请老板在“美容师/员工”里为她设置。</source>
            <translation>%1 还没有设置密码，请老板在“美容师/员工”里为她设置。</translation>
        </message>
        <message>
            <source>%1 已停用。</source>
            <translation>%1 已停用。</translation>
        </message>
        <message>
            <source>过敏、禁忌和皮肤问题属于敏感个人信息：请先取得客户的单独同意，勾选“客户已同意”后再保存。</source>
            <translation>过敏、禁忌和皮肤问题属于敏感个人信息：请先取得客户的单独同意，勾选“客户已同意”后再保存。</translation>
        </message>
        <message>
            <source>这条提醒不是这位客户的。</source>
            <translation>这条提醒不是这位客户的。</translation>
        </message>
        <message>
            <source>客户撤回了同意：请先清空过敏、禁忌和皮肤问题，再保存。</source>
            <translation>客户撤回了同意：请先清空过敏、禁忌和皮肤问题，再保存。</translation>
        </message>
        <message>
            <source>%1 不能用来恢复：它不是客情管家的完好备份（%2）。</source>
            <translation>%1 不能用来恢复：它不是客情管家的完好备份（%2）。</translation>
        </message>
        <message>
            <source>金额 %1 元超过 %2 元，请检查是否多输了几位。</source>
            <translation>金额 %1 元超过 %2 元，请检查是否多输了几位。</translation>
        </message>
        <message>
            <source>文字里有无法保存的控制字符或文字方向符号，请删掉后重新输入。</source>
            <translation>文字里有无法保存的控制字符或文字方向符号，请删掉后重新输入。</translation>
        </message>
        <message>
            <source>日期应在 %1 年到 %2 年之间。</source>
            <translation>日期应在 %1 年到 %2 年之间。</translation>
        </message>
        <message>
            <source>所选的卡不存在。</source>
            <translation>所选的卡不存在。</translation>
        </message>
        <message>
            <source>农历%1年没有%2。</source>
            <translation>农历%1年没有%2。</translation>
        </message>
        <message>
            <source>农历%1年%2没有%3（这个月只有%4天）。</source>
            <translation>农历%1年%2没有%3（这个月只有%4天）。</translation>
        </message>
        <message>
            <source>1900–2100 年间没有%1，请检查月份或填上出生年份。</source>
            <translation>1900–2100 年间没有%1，请检查月份或填上出生年份。</translation>
        </message>
        <message>
            <source>付款合计与应付金额不符。</source>
            <translation>付款合计与应付金额不符。</translation>
        </message>
        <message>
            <source>付款合计 %1 元，应付 %2 元，</source>
            <translation>付款合计 %1 元，应付 %2 元，</translation>
        </message>
        <message>
            <source>还差 %1 元。</source>
            <translation>还差 %1 元。</translation>
        </message>
        <message>
            <source>多了 %1 元。</source>
            <translation>多了 %1 元。</translation>
        </message>
    </context>
    <context>
        <name>occasions</name>
        <message>
            <source>爱人</source>
            <translation>爱人</translation>
        </message>
        <message>
            <source>孩子</source>
            <translation>孩子</translation>
        </message>
        <message>
            <source>父母</source>
            <translation>父母</translation>
        </message>
        <message>
            <source>兄弟姐妹</source>
            <translation>兄弟姐妹</translation>
        </message>
        <message>
            <source>家人</source>
            <translation>家人</translation>
        </message>
        <message>
            <source>结婚纪念日</source>
            <translation>结婚纪念日</translation>
        </message>
        <message>
            <source>纪念日</source>
            <translation>纪念日</translation>
        </message>
        <message>
            <source>生子</source>
            <translation>生子</translation>
        </message>
        <message>
            <source>生病</source>
            <translation>生病</translation>
        </message>
        <message>
            <source>家中丧事</source>
            <translation>家中丧事</translation>
        </message>
        <message>
            <source>重要的事</source>
            <translation>重要的事</translation>
        </message>
        <message>
            <source>%1%2生日（%3）</source>
            <translation>%1%2生日（%3）</translation>
        </message>
        <message>
            <source>%1生日（%2）</source>
            <translation>%1生日（%2）</translation>
        </message>
        <message>
            <source>生日（%1）</source>
            <translation>生日（%1）</translation>
        </message>
        <message>
            <source>%1 岁</source>
            <translation>%1 岁</translation>
        </message>
        <message>
            <source>%1（%2 周年）</source>
            <translation>%1（%2 周年）</translation>
        </message>
        <message>
            <source>关心：%1</source>
            <translation>关心：%1</translation>
        </message>
        <message>
            <source>有投诉</source>
            <translation>有投诉</translation>
        </message>
        <message>
            <source>满意度 %1</source>
            <translation>满意度 %1</translation>
        </message>
        <message>
            <source>不满意回访：第二天打电话</source>
            <translation>不满意回访：第二天打电话</translation>
        </message>
        <message>
            <source>%1 到店，%2</source>
            <translation>%1 到店，%2</translation>
        </message>
        <message>
            <source>投诉未解决</source>
            <translation>投诉未解决</translation>
        </message>
        <message>
            <source>回访：%1 第 %2 天</source>
            <translation>回访：%1 第 %2 天</translation>
        </message>
        <message>
            <source>%1 做的护理</source>
            <translation>%1 做的护理</translation>
        </message>
    </context>
    <context>
        <name>package_dialogs</name>
        <message>
            <source>充 %1 元</source>
            <translation>充 %1 元</translation>
        </message>
        <message>
            <source>送 %1 元</source>
            <translation>送 %1 元</translation>
        </message>
        <message>
            <source>%1 次</source>
            <translation>%1 次</translation>
        </message>
        <message>
            <source>赠 %1 次</source>
            <translation>赠 %1 次</translation>
        </message>
        <message>
            <source>限 %1 次</source>
            <translation>限 %1 次</translation>
        </message>
        <message>
            <source>期内不限次</source>
            <translation>期内不限次</translation>
        </message>
        <message>
            <source>有效期 %1 天</source>
            <translation>有效期 %1 天</translation>
        </message>
        <message>
            <source>长期有效</source>
            <translation>长期有效</translation>
        </message>
    </context>
    <context>
        <name>packages</name>
        <message>
            <source>次卡</source>
            <translation>次卡</translation>
        </message>
        <message>
            <source>年卡/月卡</source>
            <translation>年卡/月卡</translation>
        </message>
        <message>
            <source>储值卡</source>
            <translation>储值卡</translation>
        </message>
        <message>
            <source>在用</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>用完</source>
            <translation>用完</translation>
        </message>
        <message>
            <source>过期</source>
            <translation>过期</translation>
        </message>
        <message>
            <source>已退</source>
            <translation>已退</translation>
        </message>
        <message>
            <source>售卡</source>
            <translation>售卡</translation>
        </message>
        <message>
            <source>消费</source>
            <translation>消费</translation>
        </message>
        <message>
            <source>充值</source>
            <translation>充值</translation>
        </message>
        <message>
            <source>退卡</source>
            <translation>退卡</translation>
        </message>
        <message>
            <source>调整</source>
            <translation>调整</translation>
        </message>
        <message>
            <source>激活</source>
            <translation>激活</translation>
        </message>
        <message>
            <source>作废冲回</source>
            <translation>作废冲回</translation>
        </message>
        <message>
            <source>到店消费</source>
            <translation>到店消费</translation>
        </message>
        <message>
            <source>联系</source>
            <translation>联系</translation>
        </message>
        <message>
            <source>现金</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>微信</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>支付宝</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <source>刷卡</source>
            <translation>刷卡</translation>
        </message>
        <message>
            <source>储值</source>
            <translation>储值</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>卡扣</source>
            <translation>卡扣</translation>
        </message>
        <message>
            <source>微信支付</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <source>银行卡</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <source>不限次</source>
            <translation>不限次</translation>
        </message>
        <message>
            <source>%1 次</source>
            <translation>%1 次</translation>
        </message>
        <message>
            <source>余额 %1</source>
            <translation>余额 %1</translation>
        </message>
        <message>
            <source>（本金 %1 + 赠送 %2）</source>
            <translation>（本金 %1 + 赠送 %2）</translation>
        </message>
        <message>
            <source>剩 %1 次</source>
            <translation>剩 %1 次</translation>
        </message>
        <message>
            <source>%1 -%2次</source>
            <translation>%1 -%2次</translation>
        </message>
        <message>
            <source>，至 %1</source>
            <translation>，至 %1</translation>
        </message>
    </context>
    <context>
        <name>payments</name>
        <message>
            <source>现金</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>微信</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>支付宝</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <source>银行卡</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <source>储值卡</source>
            <translation>储值卡</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>period</name>
        <message>
            <source>yyyy年M月</source>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <source>%1 至 %2</source>
            <translation>%1 至 %2</translation>
        </message>
    </context>
    <context>
        <name>plausibility</name>
        <message>
            <source>售价</source>
            <translation>售价</translation>
        </message>
        <message>
            <source>赠送</source>
            <translation>赠送</translation>
        </message>
        <message>
            <source>付款合计</source>
            <translation>付款合计</translation>
        </message>
    </context>
    <context>
        <name>pricing</name>
        <message>
            <source>%1/次</source>
            <translation>%1/次</translation>
        </message>
        <message>
            <source>（卡实付 %1/次）</source>
            <translation>（卡实付 %1/次）</translation>
        </message>
    </context>
    <context>
        <name>printout</name>
        <message>
            <source>报表 %1（%2 至 %3）</source>
            <translation>报表 %1（%2 至 %3）</translation>
        </message>
        <message>
            <source>【收款】实收 ¥%1（储值卡支付 ¥%2 是以前预收的钱，不计入实收）</source>
            <translation>【收款】实收 ¥%1（储值卡支付 ¥%2 是以前预收的钱，不计入实收）</translation>
        </message>
        <message>
            <source>  %1：¥%2</source>
            <translation>  %1：¥%2</translation>
        </message>
        <message>
            <source>【耗（确认收入）】¥%1：耗卡 ¥%2，现结 ¥%3；储值赠送金额抵扣 ¥%4 不计收入</source>
            <translation>【耗（确认收入）】¥%1：耗卡 ¥%2，现结 ¥%3；储值赠送金额抵扣 ¥%4 不计收入</translation>
        </message>
        <message>
            <source>【客户消费】%1 位客户付款，合计 ¥%2</source>
            <translation>【客户消费】%1 位客户付款，合计 ¥%2</translation>
        </message>
        <message>
            <source>  %1：本期 ¥%2（%3），本年 ¥%4，%5，%6 类</source>
            <translation>  %1：本期 ¥%2（%3），本年 ¥%4，%5，%6 类</translation>
        </message>
        <message>
            <source>%1 %2 位（%3）¥%4（%5）</source>
            <translation>%1 %2 位（%3）¥%4（%5）</translation>
        </message>
        <message>
            <source>  分类：</source>
            <translation>  分类：</translation>
        </message>
        <message>
            <source>%1 类 %2 位 ¥%3（%4）</source>
            <translation>%1 类 %2 位 ¥%3（%4）</translation>
        </message>
        <message>
            <source>  ABC（累计 %1% / %2%）：</source>
            <translation>  ABC（累计 %1% / %2%）：</translation>
        </message>
        <message>
            <source>%1 %2 位 ¥%3</source>
            <translation>%1 %2 位 ¥%3</translation>
        </message>
        <message>
            <source>未填</source>
            <translation>未填</translation>
        </message>
        <message>
            <source>  社区：</source>
            <translation>  社区：</translation>
        </message>
        <message>
            <source>%1 %2 位</source>
            <translation>%1 %2 位</translation>
        </message>
        <message>
            <source>  到店频率（近 12 个月）：</source>
            <translation>  到店频率（近 12 个月）：</translation>
        </message>
        <message>
            <source>  新客 %1 位，老客回头 %2 位，本期流失（%3 天没来）%4 位</source>
            <translation>  新客 %1 位，老客回头 %2 位，本期流失（%3 天没来）%4 位</translation>
        </message>
        <message>
            <source>  %1：%2 次/件，¥%3（%4，累计 %5）</source>
            <translation>  %1：%2 次/件，¥%3（%4，累计 %5）</translation>
        </message>
        <message>
            <source>【项目排行】</source>
            <translation>【项目排行】</translation>
        </message>
        <message>
            <source>【产品排行】</source>
            <translation>【产品排行】</translation>
        </message>
        <message>
            <source>【美容师】</source>
            <translation>【美容师】</translation>
        </message>
        <message>
            <source>  %1：%2 次服务，%3 位客户，耗 ¥%4，提成 ¥%5，回头率 %6</source>
            <translation>  %1：%2 次服务，%3 位客户，耗 ¥%4，提成 ¥%5，回头率 %6</translation>
        </message>
        <message>
            <source>%1 ¥%2</source>
            <translation>%1 ¥%2</translation>
        </message>
        <message>
            <source>【预收款（卡内余额）】</source>
            <translation>【预收款（卡内余额）】</translation>
        </message>
        <message>
            <source>  金额：</source>
            <translation>  金额：</translation>
        </message>
        <message>
            <source>  储值赠送：期初 ¥%1，期末 ¥%2</source>
            <translation>  储值赠送：期初 ¥%1，期末 ¥%2</translation>
        </message>
        <message>
            <source>%1 %2 次</source>
            <translation>%1 %2 次</translation>
        </message>
        <message>
            <source>  次数：</source>
            <translation>  次数：</translation>
        </message>
    </context>
    <context>
        <name>privacy</name>
        <message>
            <source>客户资料</source>
            <translation>客户资料</translation>
        </message>
        <message>
            <source>导出客户的全部资料</source>
            <translation>导出客户的全部资料</translation>
        </message>
        <message>
            <source>JSON 文件 (*.json)</source>
            <translation>JSON 文件 (*.json)</translation>
        </message>
        <message>
            <source>无法写入 %1：%2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>彻底删除个人信息</source>
            <translation>彻底删除个人信息</translation>
        </message>
        <message>
            <source>将彻底删除 %1 的全部个人信息（姓名、电话、生日、家人、备注、皮肤和健康记录、提醒和联系记录），无法恢复；消费和卡的账目会保留在“已删除的客户”名下。
删除之前做的备份里仍有她的资料，会随备份轮换自动删除（最长 12 个月）；请不要用旧备份恢复她的资料。
请输入她的姓名以确认：</source>
            <translation>将彻底删除 %1 的全部个人信息（姓名、电话、生日、家人、备注、皮肤和健康记录、提醒和联系记录），无法恢复；消费和卡的账目会保留在“已删除的客户”名下。
删除之前做的备份里仍有她的资料，会随备份轮换自动删除（最长 12 个月）；请不要用旧备份恢复她的资料。
请输入她的姓名以确认：</translation>
        </message>
        <message>
            <source>姓名不一致，没有删除。</source>
            <translation>姓名不一致，没有删除。</translation>
        </message>
    </context>
    <context>
        <name>punctuation</name>
        <message>
            <source>、</source>
            <translation>、</translation>
        </message>
        <message>
            <source>，</source>
            <translation>，</translation>
        </message>
        <message>
            <source>；</source>
            <translation>；</translation>
        </message>
        <message>
            <source>%1（%2）</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1：%2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>receipt</name>
        <message>
            <source>本次支付 ¥%1</source>
            <translation>本次支付 ¥%1</translation>
        </message>
        <message>
            <source>余额 ¥%1</source>
            <translation>余额 ¥%1</translation>
        </message>
        <message>
            <source>本次使用 %1 次（不限次）</source>
            <translation>本次使用 %1 次（不限次）</translation>
        </message>
        <message>
            <source>本次扣 %1 次</source>
            <translation>本次扣 %1 次</translation>
        </message>
        <message>
            <source>剩 %1 次</source>
            <translation>剩 %1 次</translation>
        </message>
        <message>
            <source>有效期至 %1</source>
            <translation>有效期至 %1</translation>
        </message>
        <message>
            <source>，</source>
            <translation>，</translation>
        </message>
        <message>
            <source>卡扣：%1</source>
            <translation>卡扣：%1</translation>
        </message>
        <message>
            <source>原价 %1，优惠 %2</source>
            <translation>原价 %1，优惠 %2</translation>
        </message>
        <message>
            <source>已作废</source>
            <translation>已作废</translation>
        </message>
        <message>
            <source>已更正（%1）</source>
            <translation>已更正（%1）</translation>
        </message>
        <message>
            <source>项目/产品</source>
            <translation>项目/产品</translation>
        </message>
        <message>
            <source>金额</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>应付</source>
            <translation>应付</translation>
        </message>
        <message>
            <source>款项和卡内扣减已全部退回。</source>
            <translation>款项和卡内扣减已全部退回。</translation>
        </message>
        <message>
            <source>卡内变动</source>
            <translation>卡内变动</translation>
        </message>
        <message>
            <source>谢谢惠顾，期待您再次光临</source>
            <translation>谢谢惠顾，期待您再次光临</translation>
        </message>
        <message>
            <source>消费小票</source>
            <translation>消费小票</translation>
        </message>
        <message>
            <source>单号</source>
            <translation>单号</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>美容师</translation>
        </message>
    </context>
    <context>
        <name>recording</name>
        <message>
            <source>更正记录：%1</source>
            <translation>更正记录：%1</translation>
        </message>
        <message>
            <source>作废记录：%1</source>
            <translation>作废记录：%1</translation>
        </message>
        <message>
            <source>作废记录退回的部分随卡过期（有效期至 %1）</source>
            <translation>作废记录退回的部分随卡过期（有效期至 %1）</translation>
        </message>
    </context>
    <context>
        <name>refunds</name>
        <message>
            <source>卡已于 %1 到期；到期时未用完的部分仍属客户，照常退还</source>
            <translation>卡已于 %1 到期；到期时未用完的部分仍属客户，照常退还</translation>
        </message>
        <message>
            <source>实付本金合计：%1 元</source>
            <translation>实付本金合计：%1 元</translation>
        </message>
        <message>
            <source>已消费（按本金与赠送金额同比例扣减）：本金 %1 元</source>
            <translation>已消费（按本金与赠送金额同比例扣减）：本金 %1 元</translation>
        </message>
        <message>
            <source>剩余本金：%1 元；剩余赠送金额 %2 元不退</source>
            <translation>剩余本金：%1 元；剩余赠送金额 %2 元不退</translation>
        </message>
        <message>
            <source>应退金额：%1 元</source>
            <translation>应退金额：%1 元</translation>
        </message>
        <message>
            <source>实付金额：%1 元，共 %2 次（含赠送）</source>
            <translation>实付金额：%1 元，共 %2 次（含赠送）</translation>
        </message>
        <message>
            <source>每次实际单价：%1 ÷ %2 ≈ %3 元</source>
            <translation>每次实际单价：%1 ÷ %2 ≈ %3 元</translation>
        </message>
        <message>
            <source>已使用 %1 次：%2 × %1 ÷ %3 = %4 元（按实际单价，不按原价 %5 元/次计算）</source>
            <translation>已使用 %1 次：%2 × %1 ÷ %3 = %4 元（按实际单价，不按原价 %5 元/次计算）</translation>
        </message>
        <message>
            <source>应退金额：%1 − %2 = %3 元</source>
            <translation>应退金额：%1 − %2 = %3 元</translation>
        </message>
        <message>
            <source>实付金额：%1 元，购买的期限 %2 至 %3，共 %4 天</source>
            <translation>实付金额：%1 元，购买的期限 %2 至 %3，共 %4 天</translation>
        </message>
        <message>
            <source>剩余 %1 天（自 %2 起）：%3 × %1 ÷ %4 = %5 元</source>
            <translation>剩余 %1 天（自 %2 起）：%3 × %1 ÷ %4 = %5 元</translation>
        </message>
        <message>
            <source>限次卡：已用 %1 / %2 次，按次数最多退 %3 × %4 ÷ %2 = %5 元</source>
            <translation>限次卡：已用 %1 / %2 次，按次数最多退 %3 × %4 ÷ %2 = %5 元</translation>
        </message>
        <message>
            <source>延期至 %1 的天数为赠送，不计入退款</source>
            <translation>延期至 %1 的天数为赠送，不计入退款</translation>
        </message>
        <message>
            <source>客户申请退卡</source>
            <translation>客户申请退卡</translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message>
            <source>包年</source>
            <translation>包年</translation>
        </message>
        <message>
            <source>包月</source>
            <translation>包月</translation>
        </message>
        <message>
            <source>流动</source>
            <translation>流动</translation>
        </message>
        <message>
            <source>一次性客户</source>
            <translation>一次性客户</translation>
        </message>
        <message>
            <source>间或客户</source>
            <translation>间或客户</translation>
        </message>
        <message>
            <source>经常性客户</source>
            <translation>经常性客户</translation>
        </message>
    </context>
    <context>
        <name>safekeeping</name>
        <message>
            <source>数据库正被另一个程序占用（另一台电脑或备份），刚才的操作没有保存。请稍等片刻再试一次。</source>
            <translation>数据库正被另一个程序占用（另一台电脑或备份），刚才的操作没有保存。请稍等片刻再试一次。</translation>
        </message>
        <message>
            <source>无法写入磁盘（磁盘已满或出错），刚才的操作没有保存。请检查磁盘后再试。</source>
            <translation>无法写入磁盘（磁盘已满或出错），刚才的操作没有保存。请检查磁盘后再试。</translation>
        </message>
        <message>
            <source>数据库文件已损坏，刚才的操作没有保存。请从备份恢复（备份 ▸ 从备份恢复）。</source>
            <translation>数据库文件已损坏，刚才的操作没有保存。请从备份恢复（备份 ▸ 从备份恢复）。</translation>
        </message>
        <message>
            <source>出了点问题，刚才的操作没有完成，已保存的资料不受影响。详细记录已写入 %1。</source>
            <translation>出了点问题，刚才的操作没有完成，已保存的资料不受影响。详细记录已写入 %1。</translation>
        </message>
        <message>
            <source>客情管家</source>
            <translation>客情管家</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>春节</source>
            <translation>春节</translation>
        </message>
        <message>
            <source>元宵节</source>
            <translation>元宵节</translation>
        </message>
        <message>
            <source>妇女节</source>
            <translation>妇女节</translation>
        </message>
        <message>
            <source>母亲节</source>
            <translation>母亲节</translation>
        </message>
        <message>
            <source>七夕</source>
            <translation>七夕</translation>
        </message>
        <message>
            <source>中秋节</source>
            <translation>中秋节</translation>
        </message>
        <message>
            <source>圣诞节</source>
            <translation>圣诞节</translation>
        </message>
        <message>
            <source>元旦</source>
            <translation>元旦</translation>
        </message>
        <message>
            <source>{name}，{holiday}快乐！{therapist}和全店同事祝您节日愉快，{interest}之余也别忘了好好休息。</source>
            <translation>{name}，{holiday}快乐！{therapist}和全店同事祝您节日愉快，{interest}之余也别忘了好好休息。</translation>
        </message>
        <message>
            <source>亲爱的{name}，{holiday}到了，{therapist}想您啦！祝您和家人团圆美满，{interest}顺顺利利。</source>
            <translation>亲爱的{name}，{holiday}到了，{therapist}想您啦！祝您和家人团圆美满，{interest}顺顺利利。</translation>
        </message>
        <message>
            <source>{name}您好，{holiday}快乐～愿您的{interest}时光更添好心情，有空来店里坐坐，{therapist}等您。</source>
            <translation>{name}您好，{holiday}快乐～愿您的{interest}时光更添好心情，有空来店里坐坐，{therapist}等您。</translation>
        </message>
        <message>
            <source>{holiday}安康，{name}！感谢您一直以来的信任，{therapist}祝您{interest}开心、皮肤越来越好。</source>
            <translation>{holiday}安康，{name}！感谢您一直以来的信任，{therapist}祝您{interest}开心、皮肤越来越好。</translation>
        </message>
        <message>
            <source>{name}，生日快乐！{therapist}和全店同事祝您新的一岁美丽如初，{interest}天天开心。</source>
            <translation>{name}，生日快乐！{therapist}和全店同事祝您新的一岁美丽如初，{interest}天天开心。</translation>
        </message>
        <message>
            <source>亲爱的{name}，今天是您的生日，{therapist}为您准备了一份小礼物，有空来店里取哦，生日快乐！</source>
            <translation>亲爱的{name}，今天是您的生日，{therapist}为您准备了一份小礼物，有空来店里取哦，生日快乐！</translation>
        </message>
        <message>
            <source>{name}生日快乐～愿新的一年{interest}多多收获，皮肤好、心情好，{therapist}一直在这里等您。</source>
            <translation>{name}生日快乐～愿新的一年{interest}多多收获，皮肤好、心情好，{therapist}一直在这里等您。</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <source>%1 不是客情管家的数据库（文件不存在或是空的）。</source>
            <translation>%1 不是客情管家的数据库（文件不存在或是空的）。</translation>
        </message>
        <message>
            <source>%1 不是客情管家的数据库（%2）。</source>
            <translation>%1 不是客情管家的数据库（%2）。</translation>
        </message>
        <message>
            <source>%1 的数据版本是 %2，本程序是 %3：请升级客情管家。</source>
            <translation>%1 的数据版本是 %2，本程序是 %3：请升级客情管家。</translation>
        </message>
        <message>
            <source>%1 的数据版本是 %2，本程序是 %3：请先用本程序正常打开一次（会自动升级并备份），再只读查看。</source>
            <translation>%1 的数据版本是 %2，本程序是 %3：请先用本程序正常打开一次（会自动升级并备份），再只读查看。</translation>
        </message>
        <message>
            <source>数据库版本 %1 比本程序 (%2) 新，请升级客情管家。 / The database (version %1) is newer than this program (%2).</source>
            <translation>数据库版本 %1 比本程序 (%2) 新，请升级客情管家。 / The database (version %1) is newer than this program (%2).</translation>
        </message>
        <message>
            <source>数据库升级后有 %1 条记录引用了不存在的记录，升级已撤销，文件保持版本 %2：%3 / Upgrading from version %2 left %1 broken references; nothing was changed: %3</source>
            <translation>数据库升级后有 %1 条记录引用了不存在的记录，升级已撤销，文件保持版本 %2：%3 / Upgrading from version %2 left %1 broken references; nothing was changed: %3</translation>
        </message>
    </context>
    <context>
        <name>timeline</name>
        <message>
            <source>%1 次</source>
            <translation>%1 次</translation>
        </message>
        <message>
            <source>%1%2 元</source>
            <translation>%1%2 元</translation>
        </message>
        <message>
            <source>护理回访</source>
            <translation>护理回访</translation>
        </message>
        <message>
            <source>投诉回访</source>
            <translation>投诉回访</translation>
        </message>
        <message>
            <source>关心问候</source>
            <translation>关心问候</translation>
        </message>
        <message>
            <source>生日问候</source>
            <translation>生日问候</translation>
        </message>
        <message>
            <source>纪念日问候</source>
            <translation>纪念日问候</translation>
        </message>
        <message>
            <source>卡项提醒</source>
            <translation>卡项提醒</translation>
        </message>
        <message>
            <source>流失回访</source>
            <translation>流失回访</translation>
        </message>
        <message>
            <source>节日问候</source>
            <translation>节日问候</translation>
        </message>
        <message>
            <source>满意</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>不满意</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>已约下次</source>
            <translation>已约下次</translation>
        </message>
        <message>
            <source>皮肤：%1</source>
            <translation>皮肤：%1</translation>
        </message>
        <message>
            <source>联系</source>
            <translation>联系</translation>
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <source>从空白开始：先在“项目与卡项”里录入项目和卡项，再添加客户（Ctrl+N）。</source>
            <translation>从空白开始：先在“项目与卡项”里录入项目和卡项，再添加客户（Ctrl+N）。</translation>
        </message>
        <message>
            <source>演示数据已载入。老板“%1”用您在欢迎页设置的密码登录。</source>
            <translation>演示数据已载入。老板“%1”用您在欢迎页设置的密码登录。</translation>
        </message>
    </context>
    <context>
        <name>workbook</name>
        <message>
            <source>预付卡销售/充值（不征税）</source>
            <translation>预付卡销售/充值（不征税）</translation>
        </message>
        <message>
            <source>耗卡（应税，不开票）</source>
            <translation>耗卡（应税，不开票）</translation>
        </message>
        <message>
            <source>现结（应税）</source>
            <translation>现结（应税）</translation>
        </message>
        <message>
            <source>现结+耗卡（应税）</source>
            <translation>现结+耗卡（应税）</translation>
        </message>
        <message>
            <source>退卡（冲减预收）</source>
            <translation>退卡（冲减预收）</translation>
        </message>
        <message>
            <source>服务</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>产品</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>售卡</source>
            <translation>售卡</translation>
        </message>
        <message>
            <source>充值</source>
            <translation>充值</translation>
        </message>
        <message>
            <source>退卡</source>
            <translation>退卡</translation>
        </message>
        <message>
            <source>耗卡（次卡）</source>
            <translation>耗卡（次卡）</translation>
        </message>
        <message>
            <source>耗卡</source>
            <translation>耗卡</translation>
        </message>
        <message>
            <source>撤销</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>过期</source>
            <translation>过期</translation>
        </message>
        <message>
            <source>卡%1</source>
            <translation>卡%1</translation>
        </message>
        <message>
            <source>汇总</source>
            <translation>汇总</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>金额</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>销售明细</source>
            <translation>销售明细</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>单号</source>
            <translation>单号</translation>
        </message>
        <message>
            <source>客户</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>标价</source>
            <translation>标价</translation>
        </message>
        <message>
            <source>优惠</source>
            <translation>优惠</translation>
        </message>
        <message>
            <source>储值支付</source>
            <translation>储值支付</translation>
        </message>
        <message>
            <source>其中赠送</source>
            <translation>其中赠送</translation>
        </message>
        <message>
            <source>现结</source>
            <translation>现结</translation>
        </message>
        <message>
            <source>确认收入</source>
            <translation>确认收入</translation>
        </message>
        <message>
            <source>美容师</source>
            <translation>美容师</translation>
        </message>
        <message>
            <source>付款方式</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>发票分类</source>
            <translation>发票分类</translation>
        </message>
        <message>
            <source>实收：%1</source>
            <translation>实收：%1</translation>
        </message>
        <message>
            <source>预收款：%1</source>
            <translation>预收款：%1</translation>
        </message>
        <message>
            <source>发票分类：%1</source>
            <translation>发票分类：%1</translation>
        </message>
        <message>
            <source>期间</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>实收合计（不含储值卡支付）</source>
            <translation>实收合计（不含储值卡支付）</translation>
        </message>
        <message>
            <source>收款表的合计；储值卡支付是以前预收的钱</source>
            <translation>收款表的合计；储值卡支付是以前预收的钱</translation>
        </message>
        <message>
            <source>储值卡支付（耗用预收）</source>
            <translation>储值卡支付（耗用预收）</translation>
        </message>
        <message>
            <source>不是新收的钱</source>
            <translation>不是新收的钱</translation>
        </message>
        <message>
            <source>到店现付的项目和产品：应税，开票</source>
            <translation>到店现付的项目和产品：应税，开票</translation>
        </message>
        <message>
            <source>次卡按卡实付单价、储值卡按本金：应税，不开票（国家税务总局公告2016年第53号）</source>
            <translation>次卡按卡实付单价、储值卡按本金：应税，不开票（国家税务总局公告2016年第53号）</translation>
        </message>
        <message>
            <source>售卡和充值是预收：不征税，可开不征税发票</source>
            <translation>售卡和充值是预收：不征税，可开不征税发票</translation>
        </message>
        <message>
            <source>退还给客户的预收款</source>
            <translation>退还给客户的预收款</translation>
        </message>
        <message>
            <source>确认收入（耗）</source>
            <translation>确认收入（耗）</translation>
        </message>
        <message>
            <source>= 现结 + 耗卡；收入在消费时确认，未消费部分为合同负债（预收账款）</source>
            <translation>= 现结 + 耗卡；收入在消费时确认，未消费部分为合同负债（预收账款）</translation>
        </message>
        <message>
            <source>储值赠送金额抵扣</source>
            <translation>储值赠送金额抵扣</translation>
        </message>
        <message>
            <source>赠送的钱不是收入</source>
            <translation>赠送的钱不是收入</translation>
        </message>
        <message>
            <source>预收款期初</source>
            <translation>预收款期初</translation>
        </message>
        <message>
            <source>次卡按卡实付单价计，储值卡按本金计，赠送另列</source>
            <translation>次卡按卡实付单价计，储值卡按本金计，赠送另列</translation>
        </message>
        <message>
            <source>预收款期末</source>
            <translation>预收款期末</translation>
        </message>
        <message>
            <source>期初 + 售卡 + 充值 − 耗卡 − 退卡 − 过期 ± 调整 = 期末</source>
            <translation>期初 + 售卡 + 充值 − 耗卡 − 退卡 − 过期 ± 调整 = 期末</translation>
        </message>
        <message>
            <source>储值赠送余额期末</source>
            <translation>储值赠送余额期末</translation>
        </message>
        <message>
            <source>提成合计</source>
            <translation>提成合计</translation>
        </message>
        <message>
            <source>收款</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>单号/卡</source>
            <translation>单号/卡</translation>
        </message>
        <message>
            <source>来源</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>售卡充值</source>
            <translation>售卡充值</translation>
        </message>
        <message>
            <source>卡</source>
            <translation>卡</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>业务</source>
            <translation>业务</translation>
        </message>
        <message>
            <source>实收</source>
            <translation>实收</translation>
        </message>
        <message>
            <source>本金</source>
            <translation>本金</translation>
        </message>
        <message>
            <source>赠送</source>
            <translation>赠送</translation>
        </message>
        <message>
            <source>次数</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>卡号</source>
            <translation>卡号</translation>
        </message>
        <message>
            <source>赠送期初</source>
            <translation>赠送期初</translation>
        </message>
        <message>
            <source>赠送期末</source>
            <translation>赠送期末</translation>
        </message>
        <message>
            <source>次数期初</source>
            <translation>次数期初</translation>
        </message>
        <message>
            <source>次数期末</source>
            <translation>次数期末</translation>
        </message>
        <message>
            <source>预收款</source>
            <translation>预收款</translation>
        </message>
        <message>
            <source>合计</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>在用卡</source>
            <translation>在用卡</translation>
        </message>
        <message>
            <source>预收余额</source>
            <translation>预收余额</translation>
        </message>
        <message>
            <source>赠送余额</source>
            <translation>赠送余额</translation>
        </message>
        <message>
            <source>剩余次数</source>
            <translation>剩余次数</translation>
        </message>
        <message>
            <source>提成</source>
            <translation>提成</translation>
        </message>
        <message>
            <source>服务次数</source>
            <translation>服务次数</translation>
        </message>
        <message>
            <source>客户数</source>
            <translation>客户数</translation>
        </message>
        <message>
            <source>回头率</source>
            <translation>回头率</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>本期消费</source>
            <translation>本期消费</translation>
        </message>
        <message>
            <source>占比</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>本年消费</source>
            <translation>本年消费</translation>
        </message>
        <message>
            <source>分类</source>
            <translation>分类</translation>
        </message>
    </context>
</TS>
