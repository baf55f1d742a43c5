/**
 * The "rights" facet of NKDB's Visual Atlas: the 16 top-level rights NKDB labels in English, and the 94 codes under
 * them its captured data leaves unlabelled, with our reading of each romanised Korean code. The heading of a code is
 * the labelled right it appears with in every captured incident; "Other (…)" names the code an "other" always
 * appears beside. Categories follow the table in nkdbVisualAtlas.ts.
 */
import { ourReading as ours, publisherLabelled as nkdb, type VocabularyEntry } from './vocabularyEntry';

const LIFE = 'saengmyeonggweon';
const LIBERTY = 'gaeinyi-joneomseong-mic-jayugweon';
const SURVIVAL = 'saengjongweon';
const EDUCATION = 'gyoyuggweon';
const MOVEMENT = 'iju-mic-jugeogweon';
const REPRODUCTION = 'jaesaengsangweon';
const BELIEF = 'sinnyeom-mic-pyohyeonyi-gweonri';
const PROPERTY = 'jaesangweon';
const LABOUR = 'nodonggweon';
const DETAINED = 'piyijawa-gugeumjayi-gweonri';
const OTHERS = 'gita-29';

const life = { heading: LIFE, category: 'death' } as const;
const liberty = { heading: LIBERTY } as const;
const sexual = { heading: LIBERTY, category: 'sexual_violence' } as const;

/** NKDB's own labels (trailing spaces in two of them trimmed). */
const TOP_LEVEL: readonly VocabularyEntry[] = [
  nkdb(LIFE, 'Right to Life', '생명권'),
  nkdb(LIBERTY, 'Right to Individual Liberty & Dignity', '개인의 존엄성 및 자유권'),
  nkdb(SURVIVAL, 'Right to Survival', '생존권'),
  nkdb('geonganggweon', 'Right to Health', '건강권'),
  nkdb(EDUCATION, 'Right to Education', '교육권'),
  nkdb(MOVEMENT, 'Right to Freedom of Movement & Residence', '이주 및 주거권'),
  nkdb('gyeolhongwa-gajeonge-daehan-gweonri', 'Right to Marriage & Family', '결혼과 가정에 대한 권리'),
  nkdb(REPRODUCTION, 'Reproductive Rights', '재생산권'),
  nkdb(BELIEF, 'Right to Freedom of Belief & Expression', '신념 및 표현의 권리'),
  nkdb('jibhoe-mic-gyeolsagweon', 'Right to Freedom of Assembly & Association', '집회 및 결사권'),
  nkdb(PROPERTY, 'Right to Property', '재산권'),
  nkdb('jeongcijeog-camyeogweon', 'Right to Political Participation', '정치적 참여권'),
  nkdb(LABOUR, 'Labor Rights', '노동권'),
  nkdb(DETAINED, 'Rights of the Accused, Detained, or Convicted', '피의자와 구금자의 권리'),
  nkdb('oegugin-gweonri', 'Rights of Foreigners', '외국인 권리'),
  nkdb(OTHERS, 'Others', '기타'),
];

const UNDER_LIFE: readonly VocabularyEntry[] = [
  ours('sabeobjeog-jibhaeng', 'Judicial execution', '사법적 집행', life),
  ours('gonggae-ceohyeong', 'Public execution', '공개처형', life),
  ours('bigonggaeceohyeong', 'Secret execution', '비공개처형', life),
  ours('congsal', 'Execution by shooting', '총살', life),
  ours('congsal-1', 'Execution by shooting (secret execution)', '총살', life),
  ours('jilsig-gyosuhyeong', 'Suffocation or hanging', '질식 교수형', life),
  ours('hwahyeong', 'Burning', '화형', life),
  ours('guta-1', 'Beating (secret execution)', '구타', { heading: LIFE }),
  ours('kal-mangci-byeogdol-deung-nalkaroun-doguro-gonggyeog', 'Attack with knives, hammers, bricks or other sharp tools', '칼 망치 벽돌 등 날카로운 도구로 공격', { heading: LIFE }),
  ours('kal-mangci-byeogdol-deung-nalkaroun-dongguro-gonggyeog', 'Attack with knives, hammers, bricks or other sharp tools (second spelling)', '칼 망치 벽돌 등 날카로운 도구로 공격', { heading: LIFE, unsure: true }),
  ours('gitabangbeob', 'Other method (public execution)', '기타방법', { heading: LIFE }),
  ours('gitabangbeob-1', 'Other method (secret execution)', '기타방법', { heading: LIFE }),
  ours('jeuggyeolceohyeong', 'Summary execution', '즉결처형', life),
  ours('ubaljeog-cungdongjeog-salhae', 'Unpremeditated or impulsive killing', '우발적 충동적 살해', life),
  ours('gita', 'Other (summary execution)', '기타', { heading: LIFE }),
  ours('dareun-jigjeobjeog-haengdongeuro-inhan-samang', 'Death caused by other direct acts', '다른 직접적 행동으로 인한 사망', life),
  ours('gomungwa-manhaengyi-gyeolgwa', 'Death as a result of torture and atrocities', '고문과 만행의 결과', life),
  ours('eumsiggeobu-samang-eumsigjegong-geobu', 'Death from food being refused (food not provided)', '음식거부 사망 음식제공 거부', life),
  ours('jeogjeongciryomibi-samang', 'Death from lack of adequate medical treatment', '적정치료미비 사망', life),
  ours('yeolaghan-jageobhwangyeongeuro-samang', 'Death from poor working conditions', '열악한 작업환경으로 사망', life),
  ours('gangjejeog-hwangyeonggwa-gangabe-yihan-jasal', 'Suicide under coercive conditions and duress', '강제적 환경과 강압에 의한 자살', life),
  ours('simrijeog-gotongaghwae-yihan-samang', 'Death from worsening psychological suffering', '심리적 고통악화에 의한 사망', life),
  ours('gwasilro-inhan-samang', 'Death through negligence', '과실로 인한 사망', life),
  ours('gita-4', 'Other (death caused by other direct acts)', '기타', life),
  ours('teugjeong-daesangjae-daehan-salhae-amsal', 'Killing or assassination of a particular person', '특정 대상자에 대한 살해 암살', life),
  ours('jonsogsalin', 'Killing of a parent or grandparent', '존속살인', life),
  ours('dogsal-4', 'Poisoning', '독살', life),
  ours('weoninmisang-samang', 'Death of unknown cause', '원인미상 사망', life),
];

const UNDER_LIBERTY: readonly VocabularyEntry[] = [
  ours('bulbeobgugeum', 'Unlawful detention', '불법구금', { heading: LIBERTY, category: 'arbitrary_detention' }),
  ours('jeongcibeomsuyongso', 'Political prison camp', '정치범수용소', liberty),
  ours('gyohwaso', 'Prison (kyohwaso)', '교화소', liberty),
  ours('danryeondae', 'Labour training unit (danryeondae)', '단련대', liberty),
  ours('jibgyeolso-gyoyangso', 'Holding centre or re-education centre', '집결소 교양소', liberty),
  ours('bowibu-mic-anjeonbu-josa-mic-guryusiseol', 'Interrogation and detention facilities of State Security and People’s Security', '보위부 및 안전부 조사 및 구류시설', liberty),
  ours('gita-tuog-ddoneun-idongjehan-bangbeob', 'Other imprisonment or restriction of movement', '기타 투옥 또는 이동제한 방법', liberty),
  ours('siljong', 'Disappearance', '실종', liberty),
  ours('gataegsusaeg-mic-gamgeum', 'House search and confinement', '가택수색 및 감금', liberty),
  ours('gataegsusaeg', 'House search', '가택수색', liberty),
  ours('gataeggamgeum', 'House arrest', '가택감금', liberty),
  ours('gomun-mic-poghaeng', 'Torture and assault', '고문 및 폭행', { heading: LIBERTY, category: 'torture' }),
  ours('guta-poghaeng', 'Beating and assault', '구타 폭행', liberty),
  ours('conggaemeoripan-hoecori-caejjig-hogeun-gajugggeun-geumsog-ddoneun-namujagdaegiro-guta', 'Beating with a rifle butt, rod, whip or leather strap, or a metal or wooden stick', '총개머리판 회초리 채찍 혹은 가죽끈 금속 또는 나무작대기로 구타', liberty),
  ours('sonbadageuro-ddaerigeona-cageona-jjireugo-hogeun-jumeogeuro-cineungeos', 'Slapping, kicking, jabbing or punching', '손바닥으로 때리거나 차거나 찌르고 혹은 주먹으로 치는것', liberty),
  ours('gita-9', 'Other (beating and assault)', '기타', liberty),
  ours('gita-14', 'Other (torture and assault)', '기타', liberty),
  ours('gita-16', 'Other (forced stress positions)', '기타', liberty),
  ours('gita-23', 'Other (other violence against a person)', '기타', liberty),
  ours('simrijeog-wihyeob-hyeobbag', 'Psychological threats and intimidation', '심리적 위협 협박', liberty),
  ours('pihaejae-daehan-hyeobbag', 'Threats against the victim', '피해자에 대한 협박', liberty),
  ours('pihaeja-gajoge-daehan-hyeobbag', 'Threats against the victim’s family', '피해자 가족에 대한 협박', liberty),
  ours('gangjedoen-jase-gangyo', 'Forced stress positions', '강제된 자세 강요', liberty),
  ours('gangjejeogeuro-anjhigeona-mureupggulhge-haneungeos', 'Being forced to sit or kneel', '강제적으로 앉히거나 무릎꿇게 하는것', liberty),
  ours('jeongicunggyeog-jeogyong', 'Electric shocks', '전기충격 적용', liberty),
  ours('moyog', 'Insult', '모욕', liberty),
  ours('moyogjeogin-haengwireul-gangjehaneungeos', 'Being forced into humiliating acts', '모욕적인 행위를 강제하는것', liberty),
  ours('sarame-daehan-pogryeogyi-gita-bangbeob', 'Other methods of violence against a person', '사람에 대한 폭력의 기타 방법', liberty),
  ours('bagtal', 'Deprivation', '박탈', liberty),
  ours('sumyeon-bulheo', 'Sleep deprivation', '수면 불허', liberty),
  ours('sincebulguna-goljeol', 'Disability or fractures', '신체불구나 골절', liberty),
  ours('sincegoljeolhweson', 'Fractures and bodily injury', '신체골절훼손', liberty),
  ours('insinmaemae', 'Human trafficking', '인신매매', liberty),
  ours('gangjemaecun-mic-insinmaemae', 'Forced prostitution and human trafficking', '강제매춘 및 인신매매', liberty),
  ours('seongjeogpoghaeng', 'Sexual assault', '성적폭행', sexual),
  ours('ganggan', 'Rape', '강간', sexual),
  ours('teugjeonghan-seongjeoghaengwi-ddoneun-gangjejeog-haengwireul-tonghan-ganggan', 'Rape through specific sexual acts or coercion', '특정한 성적행위 또는 강제적 행위를 통한 강간', sexual),
  ours('seongpoghaeng', 'Sexual assault (seongpokhaeng)', '성폭행', sexual),
  ours('teugjeonghan-seongjeoghaengwi-ddoneun-gangjejeog-haengwireul-tonghan-seongjeoghagdae', 'Sexual abuse through specific sexual acts or coercion', '특정한 성적행위 또는 강제적 행위를 통한 성적학대', sexual),
  ours('seongcuhaeng-mic-seonghyirong', 'Sexual molestation and sexual harassment', '성추행 및 성희롱', sexual),
  ours('seongjeogcuhaeng', 'Sexual molestation', '성적추행', sexual),
  ours('seongjeoghyirong', 'Sexual harassment', '성적희롱', sexual),
  ours('josagwajeongyi-seongjeogsucisimyubal', 'Sexual humiliation during interrogation', '조사과정의 성적수치심유발', sexual),
  ours('gita-8', 'Other (sexual assault)', '기타', sexual),
];

const UNDER_OTHER_RIGHTS: readonly VocabularyEntry[] = [
  ours('sigryanggweon', 'Right to food', '식량권', { heading: SURVIVAL, category: 'starvation' }),
  ours('asa-6', 'Death by starvation', '아사', { heading: SURVIVAL, category: 'death' }),
  ours('godeunggyoyug-daehag-deung-gihoe-bagtal', 'Denial of higher education (university and the like)', '고등교육 대학 등 기회 박탈', { heading: EDUCATION }),
  ours('seongbun-mic-sinbun-cabyeol-1', 'Discrimination by songbun and social status', '성분 및 신분 차별', { heading: EDUCATION }),
  ours('gugnaecubang-gangjeiju', 'Internal banishment and forced relocation', '국내추방 강제이주', { heading: MOVEMENT }),
  ours('gangjesonghwan', 'Forced repatriation', '강제송환', { heading: MOVEMENT }),
  ours('nabci-eogryu-yugoe-oegugin-poham', 'Abduction, detention or kidnapping (foreigners included)', '납치 억류 유괴 외국인 포함', { heading: MOVEMENT }),
  ours('jeonjaengporo', 'Prisoners of war', '전쟁포로', { heading: MOVEMENT }),
  ours('gangjenagtae', 'Forced abortion', '강제낙태', { heading: REPRODUCTION }),
  ours('jonggyobaghae', 'Religious persecution', '종교박해', { heading: BELIEF }),
  ours('tongsin-mic-jeongboiyongyi-jehan', 'Restriction of communication and of the use of information', '통신 및 정보이용의 제한', { heading: BELIEF }),
  ours('jeongbo-ceongcwi-mic-iyong', 'Listening to and using information', '정보 청취 및 이용', { heading: BELIEF }),
  ours('geumpumgangyo', 'Extortion of money or goods', '금품강요', { heading: PROPERTY }),
  ours('jigwihaeji-mic-gangdeung', 'Dismissal from post and demotion', '직위해제 및 강등', { heading: LABOUR }),
  ours('imgeumcebul', 'Unpaid wages', '임금체불', { heading: LABOUR }),
  ours('yeolaghan-jageobhwangyeong-iro-inhan-sincehweson-poham', 'Bodily harm from poor working conditions', '열악한 작업환경으로 인한 신체훼손 포함', { heading: LABOUR, unsure: true }),
  ours('jeogjeongsigannodong-sigan-mic-nodongyeonryeong-wibae', 'Fair working hours (hours or working age breached)', '적정시간노동 시간 및 노동연령 위배', { heading: LABOUR }),
  ours('jeogjeolhan-eumsiggweonyi-cimhae', 'Violation of the right to adequate food', '적절한 음식권의 침해', { heading: DETAINED, category: 'starvation' }),
  ours('jeogjeolhan-yiryoseobiseu-cimhae', 'Violation of the right to adequate medical care', '적절한 의료서비스 침해', { heading: DETAINED }),
  ours('gangjenodongeuro-inhan-cimhae', 'Violation through forced labour', '강제노동으로 인한 침해', { heading: DETAINED, category: 'forced_labour' }),
  ours('gangje-nodong', 'Forced labour', '강제 노동', { heading: DETAINED, category: 'forced_labour' }),
  ours('peuraibeosigweon-gamsidoceong', 'Right to privacy: surveillance and wiretapping', '프라이버시권 감시도청', { heading: OTHERS }),
];

export const NKDB_RIGHTS: readonly VocabularyEntry[] = [...TOP_LEVEL, ...UNDER_LIFE, ...UNDER_LIBERTY, ...UNDER_OTHER_RIGHTS];
