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
      { key: "total", help: "本年度通过各种渠道主动公开的政府信息条数；同一条信息在多个渠道公开只计 1 条，所以可以小于下面 1–5 项之和。", label: "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", unit: "条" },
      { key: "gazette", help: "在政府公报上刊登的政府信息条数。", label: "1.政府公报公开政府信息数", unit: "条", groups: [CHANNELS] },
      { key: "website", help: "在本机关政府网站（含政府信息公开专栏）上公开的信息条数。", label: "2.政府网站公开政府信息数", unit: "条", groups: [CHANNELS] },
      { key: "weibo", help: "通过本机关政务微博发布的政府信息条数。", label: "3.政务微博公开政府信息数", unit: "条", groups: [CHANNELS] },
      { key: "wechat", help: "通过本机关政务微信公众号发布的政府信息条数。", label: "4.政务微信公开政府信息数", unit: "条", groups: [CHANNELS] },
      { key: "otherChannel", help: "通过公报、网站、微博、微信以外的渠道（如政务客户端、公开栏、新闻媒体）公开的信息条数。", label: "5.其他方式公开政府信息数", unit: "条", groups: [CHANNELS] },
      { key: "hotspots", help: "本年度回应公众关注热点或重大舆情的次数；用多种方式回应同一热点或舆情只计 1 次。", label: "（三）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", unit: "次" },
      { key: "pressConf", help: "本机关参加或举办新闻发布会的总次数。", label: "1.参加或举办新闻发布会总次数", unit: "次", groups: [RESPONSES] },
      {
        key: "pressConfLeader", help: "上一行中由本机关主要负责同志出席的新闻发布会次数，不能多于上一行。",
        label: "其中：主要负责同志参加新闻发布会次数",
        unit: "次",
        groups: [RESPONSES],
        partOf: "pressConf",
      },
      { key: "interview", help: "在政府网站上开展在线访谈的次数。", label: "2.政府网站在线访谈次数", unit: "次", groups: [RESPONSES] },
      {
        key: "interviewLeader", help: "上一行中由本机关主要负责同志参加的在线访谈次数，不能多于上一行。",
        label: "其中：主要负责同志参加政府网站在线访谈次数",
        unit: "次",
        groups: [RESPONSES],
        partOf: "interview",
      },
      { key: "interpretation", help: "本年度发布的政策解读稿件篇数（含文字、图解、视频等形式）。", label: "3.政策解读稿件发布数", unit: "篇", groups: [RESPONSES] },
      { key: "weiboWechatResp", help: "通过政务微博、微信回应社会关切事件的次数。", label: "4.微博微信回应事件数", unit: "次", groups: [RESPONSES] },
      { key: "otherResp", help: "通过发布会、访谈、微博微信以外方式回应事件的次数。", label: "5.其他方式回应事件数", unit: "次", groups: [RESPONSES] },
    ],
  },
};
