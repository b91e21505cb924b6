import type { InstitutionKind } from "../generated/prisma/enums";

/**
 * The demo county's designated pharmacies and hospitals (定点医药机构). 百姓大药房 has the demo
 * operator `pharmacy01`, 人民医院 has `hospital01`; the others appear in people's history.
 */
export const demoInstitutions: ReadonlyArray<{
  code: string;
  name: string;
  kind: InstitutionKind;
  address: string;
}> = [
  {
    code: "P53012500001",
    name: "云溪县百姓大药房",
    kind: "PHARMACY",
    address: "云溪县城关街道人民路102号",
  },
  {
    code: "H53012500001",
    name: "云溪县人民医院",
    kind: "HOSPITAL",
    address: "云溪县城关街道健康路1号",
  },
  {
    code: "P53012500002",
    name: "云溪县仁和大药房（城关店）",
    kind: "PHARMACY",
    address: "云溪县城关街道文化路45号",
  },
  {
    code: "P53012500003",
    name: "桃源镇康民大药房",
    kind: "PHARMACY",
    address: "云溪县桃源镇桃源街20号",
  },
  {
    code: "H53012500002",
    name: "云溪县中医医院",
    kind: "HOSPITAL",
    address: "云溪县城关街道杏林路9号",
  },
  {
    code: "H53012500003",
    name: "城关街道社区卫生服务中心",
    kind: "HOSPITAL",
    address: "云溪县城关街道文化路30号",
  },
  {
    code: "H53012500004",
    name: "桃源镇卫生院",
    kind: "HOSPITAL",
    address: "云溪县桃源镇卫生路2号",
  },
  {
    code: "P53012500004",
    name: "石桥乡惠民药店",
    kind: "PHARMACY",
    address: "云溪县石桥乡石桥街6号",
  },
];

/** Codes by name of use, for the people's history. */
export const demoInstitutionCodes = {
  baixingPharmacy: "P53012500001",
  peoplesHospital: "H53012500001",
  renhePharmacy: "P53012500002",
  kangminPharmacy: "P53012500003",
  chineseMedicineHospital: "H53012500002",
  chengguanHealthCentre: "H53012500003",
  taoyuanClinic: "H53012500004",
  huiminPharmacy: "P53012500004",
} as const;
