// The files `npm run new-story` writes: a story that passes the checker as it stands, so an editor starts from
// something that works and changes one field at a time, with every field explained where it is written.

/** The quote the starter's metric cites; it occurs in both files so the checker's source rule passes. */
const QUOTE = '共建成42个示例项目';

export function starterStory(slug: string): string {
  return `# yaml-language-server: $schema=../story.schema.json
# 新故事的起点：逐项改写下面的字段，然后运行 npm run check:stories -- stories/${slug}
# A starter story: rewrite the fields below one by one, then run npm run check:stories -- stories/${slug}
# 每段文字都写中文 zh 和英文 en（en 是 zh 的译文），只写纯文本，不写 HTML。
# Every text has zh (Chinese) and en (its English translation), plain text only, no HTML.

# 故事标题 / The story's title
title:
  zh: 新故事标题
  en: New story title
# 一两句话的导语，显示在故事开头 / One or two sentences shown at the start of the story
summary:
  zh: 用一两句话说明这个故事讲什么。
  en: Say in one or two sentences what this story is about.
# 作者、摄影等署名 / Who wrote the text, took the photos, made the map
credits:
  zh: 文字：作者姓名。英文为译文。
  en: "Text: the author's name. The English is a translation of the Chinese."
# 故事依据的原文；原文全文放在同一文件夹的 source.txt
# The article the story is based on; its full text goes in source.txt next to this file
source:
  title:
    zh: 原文标题
    en: Title of the source article
  publisher:
    zh: 刊发媒体
    en: Publisher
  date: "2024"

# 故事用到的地点（宁波常用地点已在 geodata/gazetteer.json 中，可直接用其 id，如 zhenhai-seat）。
# 坐标为 WGS84 经纬度，需在地图数据覆盖的范围内：中国境内，或海岸外 22 公里、陆地边界外 2 公里以内。
# Places this story uses (common Ningbo places are in geodata/gazetteer.json: use their id, e.g. zhenhai-seat).
# Coordinates are WGS84 and must lie where the map has data: in China, within 22 km of its coast or 2 km of its borders.
places:
  # 地点 id：小写字母、数字和单个 "-" / A place id: lower-case a-z, 0-9 and single "-"
  example-centre:
    name: {zh: 示例地点, en: Example place}
    # 示例坐标：借用地名表中 ningbo（宁波市中心）的点，请换成你的地点
    # Example coordinate: the gazetteer's ningbo (city centre) point; replace it with your place
    lon: 121.54945 # 经度（东西向）/ longitude, east–west
    lat: 29.87819 # 纬度（南北向）/ latitude, north–south
    precision_m: 500 # 真实位置在此半径（米）内 / the true location lies within this many metres
    # 坐标出处 / Where the coordinate comes from
    source: "Example only: GeoNames id 1799397 (Ningbo city centre, WGS84), as in geodata/gazetteer.json"

# 章节：读者向下滚动时依次出现，每章地图移动到 view 指定的位置
# Chapters: shown one after another as the reader scrolls; the map moves to each chapter's view
chapters:
  - id: first-chapter # 章节 id，不可重复 / unique chapter id
    title: {zh: 第一章, en: Chapter one}
    # 段落之间空一行 / separate paragraphs with a blank line
    text:
      zh: 这里写第一章的正文。
      en: The text of the first chapter goes here.
    # 以一个地点为中心；zoom 3–11（底图精度所限），默认 11 / centre on one place; zoom 3–11 (what the basemap holds to), default 11
    view: {place: example-centre, zoom: 11}
    # 数字卡片：数值、量级（万、亿 → scale）和单位都从 quote 读出，quote 必须逐字出现在 source.txt 中
    # A figure: its value, magnitude (万, 亿 → scale) and unit are read from quote, which must occur word for word
    # in source.txt. unit.en names only what is counted (yuan, visits, m²), never a magnitude.
    metrics:
      - label: {zh: 建成项目, en: Projects completed}
        value: 42
        unit: {zh: 个, en: projects}
        period: "2022" # 数字所指时期 / when it holds: '2022', '2022-01..2022-08' or 'not stated'
        quote: "${QUOTE}"
    # 供读屏软件朗读的地图描述 / What the map shows, read out by screen readers
    alt: {zh: 地图以示例地点为中心, en: The map centred on the example place}

  - id: second-chapter
    title: {zh: 第二章, en: Chapter two}
    text:
      zh: 这里写第二章的正文。
      en: The text of the second chapter goes here.
    # 同时显示几个地点，地图自动选择缩放 / frame several places; the map picks the zoom
    view: {fit: [example-centre, zhenhai-seat]}
    alt: {zh: 地图显示示例地点和镇海, en: The map showing the example place and Zhenhai}
`;
}

export function starterSource(): string {
  return `请用报道原文替换本文件的全部内容。Replace with the source text: paste the article this story is based on here, unchanged.
story.yaml 中的 quote 和摘录必须逐字出现在本文件中。Quotes and excerpts in story.yaml must occur in this file word for word.

（示例占位段落 / placeholder paragraph）今年，示例街道${QUOTE}。
`;
}
