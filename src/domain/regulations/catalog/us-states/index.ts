import type { Rule } from '../../rule';
import { AK_RULES } from './ak';
import { AL_RULES } from './al';
import { AR_RULES } from './ar';
import { AZ_RULES } from './az';
import { CA_RULES } from './ca';
import { CO_RULES } from './co';
import { CT_RULES } from './ct';
import { DC_RULES } from './dc';
import { DE_RULES } from './de';
import { FL_RULES } from './fl';
import { GA_RULES } from './ga';
import { GU_RULES } from './gu';
import { HI_RULES } from './hi';
import { IA_RULES } from './ia';
import { ID_RULES } from './id';
import { IL_RULES } from './il';
import { IN_RULES } from './in';
import { KS_RULES } from './ks';
import { KY_RULES } from './ky';
import { LA_RULES } from './la';
import { MA_RULES } from './ma';
import { MD_RULES } from './md';
import { ME_RULES } from './me';
import { MI_RULES } from './mi';
import { MN_RULES } from './mn';
import { MO_RULES } from './mo';
import { MS_RULES } from './ms';
import { MT_RULES } from './mt';
import { NC_RULES } from './nc';
import { ND_RULES } from './nd';
import { NE_RULES } from './ne';
import { NH_RULES } from './nh';
import { NJ_RULES } from './nj';
import { NM_RULES } from './nm';
import { NV_RULES } from './nv';
import { NY_RULES } from './ny';
import { OH_RULES } from './oh';
import { OK_RULES } from './ok';
import { OR_RULES } from './or';
import { PA_RULES } from './pa';
import { PR_RULES } from './pr';
import { RI_RULES } from './ri';
import { SC_RULES } from './sc';
import { SD_RULES } from './sd';
import { TN_RULES } from './tn';
import { TX_RULES } from './tx';
import { UT_RULES } from './ut';
import { VA_RULES } from './va';
import { VI_RULES } from './vi';
import { VT_RULES } from './vt';
import { WA_RULES } from './wa';
import { WI_RULES } from './wi';
import { WV_RULES } from './wv';
import { WY_RULES } from './wy';

/**
 * Breach-notification rules of the 50 states, the District of Columbia, Puerto Rico, Guam and the US Virgin
 * Islands: one file per jurisdiction, each stating its statute's individual, regulator and bureau notices.
 */
export const US_STATE_RULES: Rule[] = [
  ...AL_RULES,
  ...AK_RULES,
  ...AZ_RULES,
  ...AR_RULES,
  ...CA_RULES,
  ...CO_RULES,
  ...CT_RULES,
  ...DE_RULES,
  ...FL_RULES,
  ...GA_RULES,
  ...HI_RULES,
  ...ID_RULES,
  ...IL_RULES,
  ...IN_RULES,
  ...IA_RULES,
  ...KS_RULES,
  ...KY_RULES,
  ...LA_RULES,
  ...ME_RULES,
  ...MD_RULES,
  ...MA_RULES,
  ...MI_RULES,
  ...MN_RULES,
  ...MS_RULES,
  ...MO_RULES,
  ...MT_RULES,
  ...NE_RULES,
  ...NV_RULES,
  ...NH_RULES,
  ...NJ_RULES,
  ...NM_RULES,
  ...NY_RULES,
  ...NC_RULES,
  ...ND_RULES,
  ...OH_RULES,
  ...OK_RULES,
  ...OR_RULES,
  ...PA_RULES,
  ...RI_RULES,
  ...SC_RULES,
  ...SD_RULES,
  ...TN_RULES,
  ...TX_RULES,
  ...UT_RULES,
  ...VT_RULES,
  ...VA_RULES,
  ...WA_RULES,
  ...WV_RULES,
  ...WI_RULES,
  ...WY_RULES,
  ...DC_RULES,
  ...PR_RULES,
  ...GU_RULES,
  ...VI_RULES,
];
