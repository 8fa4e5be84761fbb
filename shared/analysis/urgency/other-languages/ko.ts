import type { OtherLanguage } from './table';

// Korean, read on any Hangul. Particles are written onto words ("불이", "칼을"), so a phrase is found anywhere.
export const korean: OtherLanguage = {
  code: 'ko',
  name: 'Korean',
  script: /\p{Script=Hangul}/u,
  bounds: 'none',
  story: String.raw`영화|드라마|게임|웹툰|만화|소설|뉴스`,
  calm: [
    String.raw`(?:소방|대피|화재|안전)\s?훈련|훈련|소화기|비상구|화재\s?경보\s?(?:테스트|점검)`,
    String.raw`(?:폰|핸드폰|휴대폰|배터리|노트북)(?:이|가)?\s?(?:죽었|나갔|꺼졌|방전)`,
    String.raw`\S{0,10}\s?(?:예방|방지)\s?(?:교육|캠페인)|영화|드라마|게임|웹툰|만화|소설`,
    String.raw`(?:웃겨|배고파|졸려|피곤해|더워|추워|힘들어)\s?죽|(?:커피|라면)\S*\s?(?:위해서라면|때문에)`,
    String.raw`요리|(?:칼로|칼을)\s?(?:야채|채소|고기|양파|과일)|(?:야채|채소|고기|양파|과일)\S*\s?(?:칼로|칼을)`,
    String.raw`(?:성적|점수|매출|주가|가격|시험)\S*\s?떨어`,
  ],
  cries: String.raw`살려\s?(?:주세요|줘)|도와\s?(?:주세요|줘)|불이야`,
  urgent: {
    safety: [
      String.raw`불이\s?(?:났|나|붙)|불났|불이야|화재|연기가|가스(?:가)?\s?(?:새|누출|냄새)|가스누출`,
      String.raw`숨을?\s?(?:안|못)\s?쉬|의식이\s?없|의식을\s?잃|기절|쓰러졌|쓰러져|피가\s?(?:안\s?멈|많이|멈추지)|피를\s?많이|출혈`,
      String.raw`에서\s?떨어(?:졌|져)|추락|깔렸|끼었|끼임|갇혔`,
      String.raw`구급차\s?(?:불러|좀|빨리)|(?:119|112)\s?(?:불러|신고|전화)|경찰\s?(?:불러|신고)|살려\s?(?:주세요|줘)|실종|(?:아이|애|직원|동료)(?:가|이)\s?(?:없어졌|사라졌)`,
    ],
    weapon: [
      String.raw`칼을\s?(?:들|휘두르|꺼내)|칼로\s?(?:찌르|위협)|흉기|칼에\s?찔|찔렸|총을\s?(?:쏘|쐈|들)|총격|총소리`,
    ],
    threat: [
      String.raw`죽여\s?버릴|죽여\s?버린다|죽이겠|죽일\s?거|죽인다|죽이려`,
      String.raw`때렸|때려요|때리|폭행|폭력|목을\s?졸`,
    ],
    harassment: [String.raw`성폭행|강간|성추행|몸을\s?만지|만졌`],
    'self-harm': [String.raw`죽고\s?싶|자살|살기\s?싫|자해|손목을\s?긋`],
  },
};
