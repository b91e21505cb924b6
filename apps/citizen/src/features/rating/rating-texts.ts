import type { ResourceShape } from "@yibao/ui";

/** 好差评: the texts of rating a finished case, zh-CN first; `ratingEn` has the same keys. */
export const ratingZhCN = {
  heading: "评价本次服务",
  intro: "这笔业务已经办结。请您为本次服务打分，1星最低、5星最高。您的评价会帮助我们改进服务。",
  aspect: {
    overall: "总体评价",
    speed: "办理速度",
    attitude: "服务态度",
    ease: "网上办理是否方便",
  },
  // The five levels of the government service rating (好差评).
  level: {
    "1": "非常不满意",
    "2": "不满意",
    "3": "基本满意",
    "4": "满意",
    "5": "非常满意",
  },
  stars: "{{score}}星",
  notChosen: "未选择",
  required: "请为“{{aspect}}”打分。",
  comment: "意见和建议（选填）",
  commentHint: "最多300字。请不要填写身份证号码、银行卡号等个人信息。",
  commentCount: "已输入{{count}}字，最多300字",
  submit: "提交评价",
  submitting: "正在提交…",
  thanks: "感谢您的评价！",
  givenHeading: "您的评价",
  ratedAt: "评价时间",
  yourComment: "您的意见",
  callBack:
    "很抱歉本次服务没有让您满意。县医保中心将在{{workingDays}}个工作日内（{{dueDate}}前）给您回电，了解情况并改进。请留意来电。",
  calledBack: "县医保中心已就您的评价回电联系。",
  notAllowed: {
    ALREADY_RATED: "这笔业务已经评价过了，每笔业务只能评价一次。",
    NOT_FINISHED: "业务办结（领卡或不予受理）后才能评价。",
  },
};

export const ratingEn: ResourceShape<typeof ratingZhCN> = {
  heading: "Rate this service",
  intro:
    "This case is finished. Please rate the service, from 1 star (lowest) to 5 stars (highest). Your rating helps us improve.",
  aspect: {
    overall: "Overall",
    speed: "Speed",
    attitude: "Staff attitude",
    ease: "Ease of applying online",
  },
  level: {
    "1": "Very dissatisfied",
    "2": "Dissatisfied",
    "3": "Fairly satisfied",
    "4": "Satisfied",
    "5": "Very satisfied",
  },
  stars: "{{score}} stars",
  notChosen: "Not chosen",
  required: "Please rate “{{aspect}}”.",
  comment: "Comments and suggestions (optional)",
  commentHint: "At most 300 characters. Please do not enter ID or bank card numbers.",
  commentCount: "{{count}} of at most 300 characters",
  submit: "Submit rating",
  submitting: "Submitting…",
  thanks: "Thank you for your rating!",
  givenHeading: "Your rating",
  ratedAt: "Rated on",
  yourComment: "Your comments",
  callBack:
    "We are sorry the service did not satisfy you. The county centre will call you back within {{workingDays}} working days (by {{dueDate}}) to hear what happened and put it right.",
  calledBack: "The county centre has called you back about your rating.",
  notAllowed: {
    ALREADY_RATED: "This case has already been rated; each case is rated once.",
    NOT_FINISHED:
      "A case can be rated once it is finished (card collected or application refused).",
  },
};
