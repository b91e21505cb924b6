import type { DemoPerson } from "./demo-county";

const teaCompany = "91530125MA6K8Y2Q3B";
const logistics = "91530125MA6P4QRK3Q";

function employee(
  key: string,
  residentId: string,
  name: string,
  phone: string,
  employer: string | null,
): DemoPerson {
  const birth = residentId.slice(6, 14);
  return {
    key,
    residentId,
    name,
    sex: Number(residentId[16]) % 2 === 1 ? "M" : "F",
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    phone,
    online: false,
    contributions: {
      fromMonthsAgo: 14,
      toMonthsAgo: 1,
      employerCreditCode: employer,
      totalFen: 72_000,
      personalAccountFen: 14_400,
    },
    settlements: [],
  };
}

function child(key: string, residentId: string, name: string): DemoPerson {
  return { ...employee(key, residentId, name, "", null), phone: null, contributions: null };
}

/**
 * The people of the counter's Monday morning (demo-applications.ts): insured of the county with
 * an application at some stage, two of them children under 16 for whom a guardian applies. None
 * has an online account.
 */
export const demoCounterPeople: readonly DemoPerson[] = [
  employee("zhao-li", "530125197902140124", "赵丽", "13987001201", teaCompany),
  employee("sun-hao", "530125198809070314", "孙浩", "13987001202", logistics),
  employee("zhou-min", "530125199511230463", "周敏", "13987001203", teaCompany),
  employee("wu-qiang", "530125197005300538", "吴强", "13987001204", logistics),
  employee("zheng-fang", "530125198304160680", "郑芳", "13987001205", null),
  child("lin-xiaoyu", "530125201506030723", "林小雨"),
  employee("he-jun", "530125199107280856", "何军", "13987001207", teaCompany),
  employee("ma-xiuying", "530125196602190969", "马秀英", "13987001208", null),
  employee("gao-lei", "530125198703111034", "高磊", "13987001209", logistics),
  employee("luo-ting", "530125199909251184", "罗婷", "13987001210", teaCompany),
  employee("liang-jianhua", "530125197511081235", "梁建华", "13987001211", logistics),
  child("song-kexin", "530125201704221387", "宋可欣"),
  // Cards never collected (the uncollected path): 唐伟's on 城关's recall list, 许兰's sent back.
  employee("tang-wei", "53012519800412141X", "唐伟", "13987001213", logistics),
  employee("xu-lan", "53012519720819152X", "许兰", "13987001214", null),
];
