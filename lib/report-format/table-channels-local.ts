import type { LocalTable } from "./types";

const CHANNELS = "（二）通过不同渠道和方式公开政府信息的情况";
const RESPONSES = "（四）通过不同渠道和方式回应解读的情况";

/** Zhejiang/Ningbo local table (2020): 不同渠道方式主动公开及回应解读总体情况. */
export const channelsLocalTable: LocalTable = {
  id: "A",
  name: "不同渠道方式主动公开及回应解读总体情况",
  region: "浙江省宁波市",
  sectionKey: "two",
  table: {
    id: "a",
    title: "不同渠道方式主动公开及回应解读总体情况",
    layout: "list",
    corner: "统计指标",
    columns: [{ key: "value", label: "统计数" }],
    rows: [
      { key: "total", label: "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", unit: "条" },
      { key: "gazette", label: "1.政府公报公开政府信息数", unit: "条", groups: [CHANNELS] },
      { key: "website", label: "2.政府网站公开政府信息数", unit: "条", groups: [CHANNELS] },
      { key: "weibo", label: "3.政务微博公开政府信息数", unit: "条", groups: [CHANNELS] },
      { key: "wechat", label: "4.政务微信公开政府信息数", unit: "条", groups: [CHANNELS] },
      { key: "otherChannel", label: "5.其他方式公开政府信息数", unit: "条", groups: [CHANNELS] },
      { key: "hotspots", label: "（三）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", unit: "次" },
      { key: "pressConf", label: "1.参加或举办新闻发布会总次数", unit: "次", groups: [RESPONSES] },
      {
        key: "pressConfLeader",
        label: "其中：主要负责同志参加新闻发布会次数",
        unit: "次",
        groups: [RESPONSES],
        partOf: "pressConf",
      },
      { key: "interview", label: "2.政府网站在线访谈次数", unit: "次", groups: [RESPONSES] },
      {
        key: "interviewLeader",
        label: "其中：主要负责同志参加政府网站在线访谈次数",
        unit: "次",
        groups: [RESPONSES],
        partOf: "interview",
      },
      { key: "interpretation", label: "3.政策解读稿件发布数", unit: "篇", groups: [RESPONSES] },
      { key: "weiboWechatResp", label: "4.微博微信回应事件数", unit: "次", groups: [RESPONSES] },
      { key: "otherResp", label: "5.其他方式回应事件数", unit: "次", groups: [RESPONSES] },
    ],
  },
};
