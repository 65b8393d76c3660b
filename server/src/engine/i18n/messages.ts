/**
 * Diagnostic and fix texts, Chinese first with English. Each entry is a template with {name} slots.
 * The engine formats them; the server and the CLI pick the locale.
 */
export type Locale = 'zh-cn' | 'en';

const catalog = {
  'section-missing': { zh: '缺少第{ordinal}部分“{title}”', en: 'Section {ordinal} “{title}” is missing' },
  'section-missing.glued': { zh: '第{ordinals}部分的标题夹在一长行文字中（网页转出的文字没有换行），未识别，未检查', en: 'Headings of sections {ordinals} are inside one long line (web page text without line breaks): not recognised or checked' },
  'section-missing.fix': { zh: '插入第{ordinal}部分“{title}”', en: 'Insert section {ordinal} “{title}”' },
  'section-order': { zh: '第{ordinal}部分“{title}”位置不对：应在第{before}部分之前', en: 'Section {ordinal} “{title}” is out of order: it belongs before section {before}' },
  'section-duplicate': { zh: '第{ordinal}部分重复出现（第一次在第 {firstLine} 行）', en: 'Section {ordinal} appears twice (first at line {firstLine})' },
  'section-title': { zh: '第{ordinal}部分标题与标准不同，标准标题为“{title}”', en: 'Section {ordinal} title differs from the standard “{title}”' },
  'section-title.ordinal': { zh: '“{written}”是第{ordinal}部分的标题，序号应为“{ordinal}”，标准标题为“{title}”', en: '“{written}” is the title of section {ordinal}; its number should be {ordinal}: “{title}”' },
  'section-title.fix': { zh: '改为标准标题“{title}”', en: 'Use the standard title “{title}”' },
  'section-empty': { zh: '第{ordinal}部分“{title}”没有实质内容', en: 'Section {ordinal} “{title}” has no content' },
  'section-empty.marker': { zh: '第{ordinal}部分“{title}”只写了“{marker}”，本部分必须填写内容', en: 'Section {ordinal} “{title}” only says “{marker}”; this section requires content' },
  'title-format.missing': { zh: '缺少报告标题（应为“{机关全称}{YYYY}年政府信息公开工作年度报告”）', en: 'Report title missing (expected “{agency}{YYYY}年政府信息公开工作年度报告”)' },
  'title-format.shape': { zh: '标题“{title}”不符合标准格式“{机关全称}{YYYY}年政府信息公开工作年度报告”', en: 'Title “{title}” does not follow the standard form “{agency}{YYYY}年政府信息公开工作年度报告”' },
  'title-format.suggest': { zh: '标题“{title}”不符合标准格式，建议改为“{suggestion}”', en: 'Title “{title}” does not follow the standard form; suggested: “{suggestion}”' },
  'title-format.suggest.fix': { zh: '改为“{suggestion}”', en: 'Change to “{suggestion}”' },
  'title-format.region': { zh: '标题中的机关名称“{agency}”未包含行政区划名称（如“××县”），应使用机关全称', en: 'The agency name “{agency}” in the title has no region (such as “××县”); use the full name' },
  'title-format.fragment': { zh: '多余的标题残片“{text}”（标题折行所致）', en: 'Stray title fragment “{text}” (the title was wrapped)' },
  'title-format.fragment.fix': { zh: '删除标题残片“{text}”', en: 'Delete the stray fragment “{text}”' },
  'table-missing': { zh: '第{ordinal}部分缺少表格“{table}”', en: 'Section {ordinal} lacks the table “{table}”' },
  'table-missing.unread': { zh: '第{ordinal}部分有表格“{table}”的表头，但表格无法读取（PDF 文本中表头或数字的次序被打乱），其中的数字无法核对', en: 'Section {ordinal} has the header of table “{table}” but the table could not be read (its header or numbers are out of order in the PDF text): its numbers cannot be checked' },
  'table-missing.empty': { zh: '第{ordinal}部分标题下没有表格“{table}”也没有其他内容：表格可能是图片，转成文字时丢失，未按缺表报错', en: 'Section {ordinal} has no table “{table}” and nothing else: it may have been a picture the text lost; not reported as missing' },
  'table-missing.boxed': { zh: '第{ordinal}部分的表格“{table}”以字符边框画出（文本浏览器转出），未读取，未按缺表报错', en: 'Section {ordinal}: table “{table}” is drawn with box characters (a text browser\'s output): not read, not reported as missing' },
  'table-missing.picture': { zh: '第{ordinal}部分没有可读取的表格“{table}”，但有一张图片：表格可能是以图片发布的，其中的数字无法核对', en: 'Section {ordinal} has no readable table “{table}” but a picture: the table may have been published as an image, and its numbers cannot be checked' },
  'table-missing.sub': { zh: '表格二缺少子表“{title}”（{rows}）', en: 'Table 二 lacks the sub-table “{title}” ({rows})' },
  'table-missing.sub-unread': { zh: '表格二的子表“{title}”在文本中有标题和行名，但未能读出（如从 PDF 转出的文本打乱了表格的次序），未按缺表报错，其中的数字未核对，请对照原表', en: 'Table 二’s sub-table “{title}” has its title and row labels in the text but could not be read (its order scrambled in text converted from PDF, say); not reported as missing, and its numbers were not checked: compare with the original table' },
  'table-missing.fix': { zh: '插入标准表格“{table}”', en: 'Insert the standard table “{table}”' },
  'row-missing': { zh: '{table}缺少“{label}”行', en: '{table} lacks the row “{label}”' },
  'row-missing.unread': { zh: '{table}（从 PDF 转出的文本）有 {count} 行未找到：{labels}。这么多行同时缺少，更可能是行标签在转出的文本中被拆散（如分散对齐、合并单元格），未按缺行报错，请对照原表', en: '{table} (text converted from PDF): {count} rows not found: {labels}. So many rows missing at once more likely means their labels were broken up in the converted text (distributed alignment, merged cells); not reported as missing rows, compare with the original table' },
  'row-missing.unread-number': { zh: '（从 PDF 转出的文本：该表中有未读取的数值，这一行可能在表中但标签被拆散，未按缺行报错，请对照原表）', en: ' (text converted from PDF: the table has a number no row took, so the row may be there with its label broken up; not reported as missing, compare with the original table)' },
  'row-missing.table4': { zh: '表格四缺少数据行（15 个数值）', en: 'Table 四 lacks its data row (15 numbers)' },
  'row-missing.table4-unread': { zh: '表格四的数据行未能读取：表中有 {count} 个数值，但无法按位置对应到列（如从 PDF 转出的文本中表格被拆开或表头换行打乱了次序），未按缺行报错，该表未检查，请对照原表', en: 'Table 四: its data row could not be read; the table holds {count} numbers that could not be matched to columns by position (text converted from PDF, the table split or its header wrapped, say). Not reported as missing, and the table was not checked; compare with the original table' },
  'row-missing.fix': { zh: '插入“{label}”行', en: 'Insert the row “{label}”' },
  'row-missing.table4.fix': { zh: '插入表格四的数据行', en: 'Insert the data row of table 四' },
  'column-missing': { zh: '{table}表头缺少“{label}”列', en: '{table} header lacks the column “{label}”' },
  'column-missing.header-after': { zh: '{table}表头未读到“{label}”列：从 PDF 转出的文本中表头在行之后（文本顺序被打乱），列名可能被拆散，未作检查，请对照原表', en: '{table}: the column “{label}” was not found in the header; in the text converted from PDF the header stands after rows (the text is out of order), its names may be split; not checked, compare with the original table' },
  'column-missing.unnamed': { zh: '{table}表头没有“{label}”列的标准名称，该列的数值按位置读取', en: '{table}’s header does not name the column “{label}”; its numbers were read by position' },
  'column-missing.glued': { zh: '{table}夹在一长行文字中（网页转出的文字没有换行），未读取，未检查', en: '{table} is inside one long line (web page text without line breaks): not read or checked' },
  'column-missing.boxed': { zh: '{table}以字符边框画出（文本浏览器转出），未读取，未检查', en: '{table} is drawn with box characters (a text browser\'s output): not read or checked' },
  'column-missing.header': { zh: '{table}缺少表头（{labels}）', en: '{table} has no header ({labels})' },
  'column-missing.header-scattered': { zh: '{table}的表头未能读出：表前的文字中有列名（{found}），但被拆散在多行（如从 PDF 转出的文本），未按缺少表头报错，请对照原表', en: '{table}: its header could not be read; the text before it holds column names ({found}), scattered over lines (text converted from PDF, say). Not reported as a missing header; compare with the original table' },
  'column-missing.short': { zh: '“{label}”行只有 {have} 个数值，应有 {need} 个（{columns}）', en: 'Row “{label}” has {have} values; {need} expected ({columns})' },
  'column-missing.short-after': { zh: '“{label}”行只读到 {have} 个数值，应有 {need} 个：其后另有 {more} 个单独成行的数值（转出的文本把这一行拆开了），这一行未读取完整也未检查，请对照原表', en: 'Row “{label}” gave {have} values; {need} expected: {more} more values stand on lines of their own after it (the converted text split the row); the row was not fully read or checked, compare with the original table' },
  'column-missing.short-parted': { zh: '“{label}”行只读到 {have} 个数值，应有 {need} 个：从 PDF 转出的文本中该表的列被拆开（表头夹在行间或在表格之后），其余数值未读取也未检查，请对照原表', en: 'Row “{label}” gave {have} values; {need} expected: in the text converted from PDF the table’s columns stand apart (headers between or after the rows); the other values were not read or checked, compare with the original table' },
  'column-missing.table4-scattered': { zh: '表格四数据行只读到 {have} 个数值，应有 15 个，而表中还有其他数值：可能是表格被拆成两张或表头长单元格换行（如从 PDF 转出的文本）打乱了数值，未按缺列报错，该表未检查，请对照原表', en: 'Table 四: its data row gave {have} values; 15 expected, and the table holds other numbers: it may be split in two or its long header cells may have scattered the numbers (text converted from PDF, say). Not reported as missing columns, and the table was not checked; compare with the original table' },
  'column-missing.header-among-rows': { zh: '{table}的表头未能读出：表中各行之间或之后有列名（{found}）的全部文字，被拆散在多行、不按顺序（如浏览器打印页从 PDF 转出的文本），未按缺少表头报错，请对照原表', en: '{table}: its header could not be read; the table\'s lines hold every character of its column names ({found}), scattered over lines among or after its rows (a printed page converted from PDF, say). Not reported as a missing header; compare with the original table' },
  'column-missing.header-spelt': { zh: '{table}的表头未能读出：表中数字之前有按列名拆成一两个字的片段（{found}），被拆散在多行（如浏览器打印页从 PDF 转出的文本），未按缺少表头报错，请对照原表', en: '{table}: its header could not be read; before its numbers the table holds its column names cut into pieces of a character or two ({found}), scattered over lines (a printed page converted from PDF, say). Not reported as a missing header; compare with the original table' },
  'column-missing.header-cut': { zh: '{table}的“{label}”列的列名在从 PDF 转出的文本中被拆散（如被分页截断），该列未读取，未按缺少该列报错，请对照原表', en: '{table}: the header of its column “{label}” is cut apart in the text converted from PDF (a page break, say); the column was not read and is not reported missing, compare with the original table' },
  'column-missing.parted': { zh: '{table}的“{label}”列在从 PDF 转出的文本中与表格分开（表头和数值在表格之后），该列未读取也未检查，请对照原表', en: '{table}: its column “{label}” stands apart from the table in the text converted from PDF (header and numbers after it); the column was not read or checked, compare with the original table' },
  'column-missing.table4': { zh: '表格四数据行只有 {have} 个数值，应有 15 个', en: 'Table 四 data row has {have} values; 15 expected' },
  'label-nonstandard': { zh: '“{text}”不是标准名称，应为“{official}”', en: '“{text}” is not the official label; use “{official}”' },
  'label-nonstandard.fix': { zh: '改为“{official}”', en: 'Change to “{official}”' },
  'format-outdated': { zh: '{year} 年度报告使用了 2019 版表格（“{evidence}”），{year} 年及以后应使用 2021 版表格（国办公开办函〔2021〕30号）', en: 'A {year} report uses the 2019 tables (“{evidence}”); reports for 2021 and later use the 2021 tables' },
  'cell-missing': { zh: '“{label}”行{columns}为空，应填写数字（没有请填 0）', en: 'Row “{label}”: {columns} blank; enter a number (0 when none)' },
  'cell-missing.unplaced': { zh: '“{label}”只有 {have} 个数，应有 {n} 个：有 {blank} 格为空，但这份文本（如文本浏览器转出的文本）不保留空白格的位置，看不出是哪几格，这一行未读取也未检查，请对照原表填写', en: '“{label}”: {have} numbers for {n} columns: {blank} cell(s) are blank, but this text (a text browser\'s dump, say) keeps no trace of where, so the row was neither read nor checked; compare with the original table' },
  'cell-missing.somewhere': { zh: '“{label}”只有 {have} 个数，应有 {n} 个：有 {blank} 格为空（表中没有别处的数字可以补上），但文本不保留空白格的位置，看不出是哪几格；这一行未读取也未检查，请对照原表填写（没有请填 0）', en: '“{label}”: {have} numbers for {n} columns: {blank} cell(s) are blank (no number stands elsewhere in the table to fill them), but the text keeps no trace of which, so the row was neither read nor checked; compare with the original table and fill it in (0 when none)' },
  'cell-missing.fix': { zh: '空白单元格填 0', en: 'Fill blank cells with 0' },
  'cell-missing.one-short': { zh: '{table}（从 PDF 转出的文本）“{label}”行只有 {have} 个数（应有 {need} 个）：可能有一格空白，但 PDF 文本看不出是哪一列，该行未读取也未检查', en: '{table} (text converted from PDF): row “{label}” has {have} values for {need} columns: a cell is probably blank, but the PDF text does not show which, so the row was neither read nor checked' },
  'cell-missing.uncertain': { zh: '{table}（从 PDF 转出的文本）有 {count} 行的数值无法按位置可靠地对应到列，未读取也未检查：{rows}', en: '{table} (text converted from PDF): the values of {count} row(s) cannot be matched to their columns reliably, so they were neither read nor checked: {rows}' },
  'row-total.split': { zh: '；可能是 {joined} 被拆成了 {a} 和 {b}（PDF 转换常见）', en: '; perhaps {joined} was split into {a} and {b} (common in PDF text)' },
  'cell-invalid': { zh: '“{label}”行“{column}”列的“{text}”不是{expected}', en: 'Row “{label}”, column “{column}”: “{text}” is not {expected}' },
  'cell-invalid.spread': { zh: '“{label}”行“{column}”列的“{text}”按位置读作 {value}（PDF 文本中一个数的各位数字被空格隔开）', en: 'Row “{label}”, column “{column}”: “{text}” read as {value} by position (the digits of one number are spaced apart in the PDF text)' },
  'cell-invalid.thousands': { zh: '“{label}”行“{column}”列的“{text}”读作 {value}（千位之间有空格；这样读该行总计成立）', en: 'Row “{label}”, column “{column}”: “{text}” read as {value} (a space between the thousands; so read, the row adds up to its total)' },
  'cell-invalid.pdf-words': { zh: '“{label}”行“{column}”列读到“{text}”：PDF 转出的文本把文字（可能是某行标签的一段）排进了数值中间，未作为数值检查，请对照原表', en: 'Row “{label}”, column “{column}” reads “{text}”: the PDF text put words (perhaps a piece of a row label) among the numbers; not checked as a value, compare with the original table' },
  'cell-invalid.na': { zh: '“{label}”行“{column}”列填写了“{text}”，已按 0 计算；此处应填写数字（没有请填 0）', en: 'Row “{label}”, column “{column}” says “{text}”, counted as 0; a number is required (0 when none)' },
  'cell-invalid.unit': { zh: '“{label}”行“{column}”列写的是“{text}”，单位是元，本列以万元计，已按 {value} 万元读取；请改为 {value}', en: 'Row “{label}”, column “{column}”: “{text}” is in 元 but the column counts 万元; read as {value} (万元): write {value}' },
  'cell-invalid.extra': { zh: '“{label}”行多出 {count} 个数值（{texts}）', en: 'Row “{label}” has more values than columns: {count} extra ({texts})' },
  'expected.int': { zh: '非负整数', en: 'a non-negative integer' },
  'expected.decimal': { zh: '非负数', en: 'a non-negative number' },
  'expected.signed': { zh: '整数', en: 'an integer' },
  'row-total': { zh: '{table}“{label}”行：{terms}={sum}，但总计为 {total}，相差 {diff}', en: '{table} row “{label}”: {terms}={sum}, but the total is {total} (off by {diff})' },
  'arith.na': { zh: '；其中{cells}已按 0 计算，若此处实有数字，请填写后再核对', en: '; {cells} counted as 0: if there is a number there, enter it and check again' },
  'arith.na.cell': { zh: '“{cell}”的“{text}”', en: '“{text}” in “{cell}”' },
  'row-total.glued-group': { zh: '表格四的数字粘连成“{digits}”，未读取；但无论怎样切分（含空白格），{groups}一组都有误：有空白格或总计不符', en: 'Table 4 glued as “{digits}” (unread); every cut of it (blanks included) leaves {groups} wrong: a blank or a failing total' },
  'row-total.glued-table': { zh: '表格四的数字粘连成“{digits}”，未读取；但没有一种切法使三组总计都成立：有空白格或某组总计不符', en: 'Table 4 glued as “{digits}” (unread); no cut of it makes every group\'s total hold: a blank or a failing total' },
  'row-total.unordered-group': { zh: '表格四“{group}”的五个数（{values}）顺序不能确定，未读取；但无论哪个是总计，都不等于其余四个之和（如总计 {total}，其余之和 {rest}）', en: 'Table 4 “{group}”: its numbers ({values}) are in no sure order (unread), but none is the sum of the other four (total {total}, rest {rest})' },
  'row-total.unordered': { zh: '表格四{groups}的 {n} 个数（{values}）顺序不能确定，未读取；但无论怎样排列，总有一组总计不等于其余四个之和', en: 'Table 4 {groups}: the {n} numbers ({values}) are in no sure order (unread), but however arranged some group\'s total is not the sum of its other four' },
  'row-total.unordered-row': { zh: '表格三“{label}”行的数（{values}）各栏顺序不能确定，未读取；但无论哪个是总计，都不等于其余各栏之和（如总计 {total}，其余之和 {rest}）', en: 'Table 3 row “{label}”: its numbers ({values}) are in no sure column order (unread), but none is the sum of the others (total {total}, rest {rest})' },
  'row-total.fix': { zh: '把总计改为 {sum}', en: 'Set the total to {sum}' },
  'result-total': { zh: '第三部分表格“{column}”列：（一）至（六）各项之和为 {sum}，但（七）总计为 {total}，相差 {diff}', en: 'Table 三 column “{column}”: the result rows add up to {sum}, but （七）总计 is {total} (off by {diff})' },
  'result-total.over': { zh: '第三部分表格“{column}”列：已读出的各项办理结果之和已为 {sum}，超过（七）总计 {total}；另有 {count} 行（{rows}）未读出，无论其数字是多少，各项之和都不会等于总计', en: 'Table 三 column “{column}”: the result rows read already add up to {sum}, more than （七）总计 {total}; {count} row(s) ({rows}) were not read, and whatever they hold the results cannot add up to the total' },
  'result-total.fix': { zh: '把（七）总计改为 {sum}', en: 'Set （七）总计 to {sum}' },
  'balance.unordered': { zh: '第三部分表格的数各栏顺序不能确定，未读取；但无论怎样读，“总计”列：一({a})+二({b})={left}，而（七）总计({c})+四({d})={right}，相差 {diff}', en: 'Table 三 (numbers in no sure column order, unread): however read, column “总计”: 一({a})+二({b})={left}, but （七）总计({c})+四({d})={right} (off by {diff})' },
  'balance.unordered-any': { zh: '第三部分表格的数各栏顺序不能确定，未读取；但无论怎样读，“总计”列的一加二都不等于（七）总计加四（各种读法的数不同，但都不相等）', en: 'Table 三 (numbers in no sure column order, unread): however read, column “总计”: 一+二 is not （七）总计+四 (the readings give other numbers, none equal)' },
  'balance': { zh: '第三部分表格“{column}”列：一({a})+二({b})={left}，但（七）总计({c})+四({d})={right}，相差 {diff}', en: 'Table 三 column “{column}”: 一({a})+二({b})={left}, but （七）总计({c})+四({d})={right} (off by {diff})' },
  'fee-statement-missing': { zh: '第六部分未说明是否收取信息处理费', en: 'Section 六 does not say whether information processing fees (信息处理费) were charged' },
  'fee-statement-missing.elsewhere': { zh: '信息处理费的收取情况写在第{ordinal}部分，按格式应在第六部分说明', en: 'The information processing fee (信息处理费) statement is in section {ordinal}; the format puts it in section 六' },
  'fee-statement-missing.fix': { zh: '插入信息处理费说明（请核实后修改）', en: 'Insert a fee statement (check and edit it)' },
  'fee-statement.text': { zh: '本年度未收取信息处理费。', en: '本年度未收取信息处理费。' },
  'improvement-missing.problems': { zh: '第五部分未写明存在的主要问题', en: 'Section 五 does not state the problems' },
  'improvement-missing.improvements': { zh: '第五部分未写明改进情况', en: 'Section 五 does not state the improvements' },
  'overview-topics': { zh: '第一部分未涉及：{topics}', en: 'Section 一 does not cover: {topics}' },
  'list.topics.sep': { zh: '、', en: ', ' },
  'year-mismatch.format': { zh: '{year} 年度报告使用了 2021 版表格，2019、2020 年度报告应使用 2019 版表格', en: 'A {year} report uses the 2021 tables; 2019 and 2020 reports use the 2019 tables' },
  'narrative-mismatch': { zh: '正文写“{text}”，但{table}为 {figure}', en: 'The text says “{text}” ({value}), but {table} is {figure}' },
  'narrative.figure3': { zh: '表格三“{row}”总计', en: 'the total of table 三 row “{row}”' },
  'narrative.figure3.sum': { zh: '表格三{rows}总计之和', en: 'the sum of the totals of table 三 rows {rows}' },
  'narrative.figure3.group': { zh: '表格三“{group}”各项总计之和', en: 'the sum of the totals of table 三 group “{group}”' },
  'narrative.figure.computed': { zh: '（总计栏空白，按各列计算）', en: ' (the 总计 cell is blank: computed from the columns)' },
  'narrative-mismatch.scoped': { zh: '；句中有“全市”“系统”“累计”“1至6月”等范围词，所说的可能不是本机关全年的数字，请核实', en: '; the sentence has a scope word (全市, 系统, 累计, 1至6月…): the figure may not be this agency\'s own for the whole year, please check' },
  'narrative-mismatch.split': { zh: '；这句话从上一页开始，前半句（说的是什么）未一并读取，请核实', en: '; the sentence began on the page before, and its first half (what it counts) was read apart, please check' },
  'narrative.figure4': { zh: '表格四“{group}”总计', en: 'the total of table 四 “{group}”' },
  'narrative.figure4.column': { zh: '表格四{groups}的“{column}”', en: 'table 四 {groups}, “{column}”' },
  'narrative.figure4.columns': { zh: '表格四{groups}的“{column}”之和', en: 'the sum of “{column}” in table 四 {groups}' },
  'narrative.figure4.litigation': { zh: '表格四“行政诉讼”两项总计之和', en: 'the two litigation totals of table 四' },
  'narrative.figure4.all': { zh: '表格四三组总计之和', en: 'the sum of table 四’s totals' },
  'narrative-mismatch.both': { zh: '（加上年结转 {carried} 件也只有 {sum} 件）', en: ' (with {carried} carried over it would be {sum})' },
  'narrative-sum.over': { zh: '正文所列分项 {parts}={sum}{unit}，超过总数 {total}{unit}', en: 'The parts {parts}={sum} exceed the stated total {total}' },
  'narrative-sum.channels': { zh: '（分项为发布渠道，可能重复计数）', en: ' (per channel: may overlap)' },
  'narrative-sum.complete': { zh: '正文所列分项 {parts}={sum}{unit}，与总数 {total}{unit} 不符，相差 {diff}{unit}', en: 'The parts {parts}={sum} do not add up to the stated total {total} (off by {diff})' },
  'narrative-sum.partial': { zh: '总数 {total}{unit}，“其中”所列 {parts}={sum}{unit}，少 {diff}{unit}；如果只列举了部分，可以忽略', en: 'Total {total}, but the parts listed under 其中 add up to {sum} ({diff} short); ignore this if the list is partial' },
  'narrative-sum.partial.bracket': { zh: '{total}{unit}后的括号中所列 {parts}={sum}{unit}，少 {diff}{unit}；如果只列举了部分，可以忽略', en: 'The parts in brackets after {total} add up to {sum} ({diff} short); ignore this if the list is partial' },
  'year-mismatch.body': { zh: '标题年份为 {title} 年，但第一部分主要讲的是 {body} 年的情况', en: 'The title says {title}, but section 一 speaks mostly of {body}' },
  'carryover-mismatch': { zh: '表格三“二、上年结转”的“{column}”为 {now}，但 {year} 年度报告“四、结转下年度继续办理”为 {then}', en: 'Table 三 “二、上年结转”, column “{column}”: {now}, but the {year} report carried {then} forward' },
  'copied-text': { zh: '第{ordinal}部分的文字与 {year} 年度报告几乎相同（相似度 {percent}%），请按本年度的实际情况撰写', en: 'Section {ordinal} is nearly the same text as in the {year} report ({percent}% alike); write about this year' },
  'copied-text.related': { zh: '{year} 年度报告的同一部分', en: 'The same section in the {year} report' },
  'closed-but-carried': { zh: '正文写“{text}”，但表格三“四、结转下年度继续办理”总计为 {count}', en: 'The text says “{text}” (all closed), but table 三 carries {count} forward (四、结转下年度继续办理)' },
  'carryover-mismatch.related': { zh: '{year} 年度报告中的数值：{value}', en: 'In the {year} report: {value}' },
  'carryover-mismatch.in-force': { zh: '“{label}”现行有效件数为 {actual}，按 {year} 年度的 {last} + 本年制发 {issued} − 本年废止 {repealed} 应为 {expected}', en: '“{label}” in force: {actual}; from {year}: {last} + {issued} issued − {repealed} repealed = {expected}' },
  'format-outdated.summary': { zh: '。可一键升级：带入 {carried} 个对应数值，{toFill} 个单元格需手工填写；2021 版不再统计的数值：{dropped}', en: '. One-click upgrade: carries {carried} matching values, leaves {toFill} cells to fill in; values the 2021 tables no longer have: {dropped}' },
  'format-outdated.fix': { zh: '升级为 2021 版表格（带入 {carried} 个数值，{toFill} 个单元格待填写）', en: 'Upgrade to the 2021 tables ({carried} values carried, {toFill} cells to fill in)' },
  'disable.fix': { zh: '忽略此处（{rule}）', en: 'Ignore here ({rule})' },
  'table.2': { zh: '表格二', en: 'Table 二' },
  'table.3': { zh: '表格三', en: 'Table 三' },
  'table.4': { zh: '表格四', en: 'Table 四' },
  'table.name.2': { zh: '主动公开政府信息情况', en: 'proactive disclosure' },
  'table.name.3': { zh: '收到和处理政府信息公开申请情况', en: 'requests received and handled' },
  'table.name.4': { zh: '政府信息公开行政复议、行政诉讼情况', en: 'administrative review and litigation' },
  'placeholder.一': { zh: '（待填写：本年度主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等情况。）', en: '（待填写：本年度主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等情况。）' },
  'placeholder.五': { zh: '（待填写：存在的主要问题及改进情况。）', en: '（待填写：存在的主要问题及改进情况。）' },
  'placeholder.六': { zh: '（待填写：本年度是否收取信息处理费，及其他需要报告的事项。）', en: '（待填写：本年度是否收取信息处理费，及其他需要报告的事项。）' },
  'list.sep': { zh: '、', en: ', ' },
  'not-analysed': { zh: '未分析此文件：{reason}', en: 'File not analysed: {reason}' },
  'reason.not-report': { zh: '看起来不是政府信息公开工作年度报告（没有报告标题，也没有三个以上的标准章节）', en: 'it does not look like an annual report (no report title and fewer than three standard sections)' },
  'reason.before-format': { zh: '{year} 年度报告早于国家统一的年度报告格式（国办公开办函〔2019〕60号，自 {first} 年度报告起适用），不按该格式检查', en: 'the {year} report predates the national report format (国办公开办函〔2019〕60号, from the {first} report on): it is not checked against it' },
  'reason.binary': { zh: '文件包含 {count} 个 NUL 字符，是二进制文件而不是文本报告', en: 'it contains {count} NUL characters: a binary file, not a text report' },
  'reason.size': { zh: '文件大小 {size} 超过上限 {limit}（设置 gknb.maxFileSize）', en: '{size} exceeds the limit of {limit} (setting gknb.maxFileSize)' },
  'encoding': { zh: '文件中有 {count} 个无法正确解码的字符，可能是 GBK/GB18030 编码的文件被按 UTF-8 打开。请“通过编码重新打开”并选择 GB18030 后再检查', en: '{count} characters could not be decoded: this looks like a GBK/GB18030 file opened as UTF-8. Reopen it with the GB18030 encoding' },
  'internal-error': { zh: '规则 {rule} 运行出错，已跳过，其他规则照常检查（{error}）', en: 'Rule {rule} failed and was skipped; the other rules still ran ({error})' },
} as const;

export type MessageKey = keyof typeof catalog;
export type Params = Record<string, string | number>;

export type Catalog<K extends string> = Record<K, { readonly zh: string; readonly en: string }>;

/** A message of a catalog in the locale, with its parameters filled in. Shared by every message catalog. */
export function catalogMessage<K extends string>(catalog: Catalog<K>, locale: Locale, key: K, params: Params = {}): string {
  const entry = catalog[key];
  return fillTemplate(locale === 'en' ? entry.en : entry.zh, params);
}

export function format(locale: Locale, key: MessageKey, params: Params = {}): string {
  return catalogMessage(catalog, locale, key, params);
}

/** Put params into a {name} template; quoted user text is clipped. */
function fillTemplate(template: string, params: Params): string {
  // Templates are split once into text and names (a regex replace per message was 7× slower).
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, parts = compile(template));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in params ? clip(String(params[name])) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

const compiled = new Map<string, string[]>();

/** `a{x}b{y}c` → ['a', 'x', 'b', 'y', 'c']: texts at even indexes, parameter names at odd ones. */
function compile(template: string): string[] {
  const parts: string[] = [];
  const re = /\{([a-zA-Z]+)\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    parts.push(template.slice(last, m.index), m[1]);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

/** Quoted user text stays short in messages, whatever the input. */
function clip(s: string): string {
  return s.length > 80 ? s.slice(0, 77) + '…' : s;
}

/** Fixed texts (no parameters) per catalog and locale, looked up once. */
const fixedTexts = new WeakMap<object, Record<Locale, Map<string, string>>>();

/** The translate function of a catalog. Shared by every message catalog. */
export function catalogTranslator<K extends string>(catalog: Catalog<K>, locale: Locale): (key: K, params?: Params) => string {
  let byLocale = fixedTexts.get(catalog);
  if (!byLocale) fixedTexts.set(catalog, byLocale = { 'zh-cn': new Map(), en: new Map() });
  // Rules name tables (table.3 …) for every row they look at: fixed texts are looked up once.
  const fixed = byLocale[locale];
  return (key, params) => {
    if (params) return catalogMessage(catalog, locale, key, params);
    let text = fixed.get(key);
    if (text === undefined) fixed.set(key, text = catalogMessage(catalog, locale, key));
    return text;
  };
}

export function translator(locale: Locale): (key: MessageKey, params?: Params) => string {
  return catalogTranslator(catalog, locale);
}

export type Translate = ReturnType<typeof translator>;

export function joinList(locale: Locale, items: string[]): string {
  return items.join(locale === 'en' ? ', ' : '、');
}
