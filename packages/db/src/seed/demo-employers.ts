/**
 * The demo county's employers (用人单位), with GB 32100-2015 codes whose check characters are
 * valid. 青山茶业 is the employer whose handling agent 杨帆 submits bulk card applications.
 */
export const demoEmployers = {
  teaCompany: {
    creditCode: "91530125MA6K8Y2Q3B",
    name: "云溪县青山茶业有限公司",
    address: "云溪县桃源镇茶园路8号",
  },
  logisticsCompany: {
    creditCode: "91530125MA6P4QRK3Q",
    name: "云溪县顺达物流有限公司",
    address: "云溪县城关街道工业园区3栋",
  },
} as const;
