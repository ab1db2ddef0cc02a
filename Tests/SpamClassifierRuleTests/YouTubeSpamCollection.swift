// The YouTube Spam Collection, by T. Almeida and T. Alberto, from the UCI Machine Learning
// Repository, https://doi.org/10.24432/C58885.
// Licensed under Creative Commons Attribution 4.0 International (CC BY 4.0),
// https://creativecommons.org/licenses/by/4.0/. The five CSV files, unchanged, as string literals:
// files beside the tests would need a `resources` or `exclude` entry in Package.swift, and
// SwiftPM warns about each one without it. Columns: COMMENT_ID, AUTHOR, DATE, CONTENT, CLASS (1 = spam).

/// The five files of the YouTube Spam Collection (CC BY 4.0, see the top of this file), by file name.
enum YouTubeSpamCollection {
    static let files: [(name: String, csv: String)] = [
        (
            "Youtube01-Psy.csv",
            #"""
            COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS
            LZQPQhLyRh80UYxNuaDWhIGQYNQ96IuCg-AYWqNPjpU,Julius NM,2013-11-07T06:20:48,"Huh, anyway check out this you[tube] channel: kobyoshi02",1
            LZQPQhLyRh_C2cTtd9MvFRJedxydaVW-2sNg5Diuo4A,adam riyati,2013-11-07T12:37:15,"Hey guys check out my new channel and our first vid THIS IS US THE  MONKEYS!!! I'm the monkey in the white shirt,please leave a like comment  and please subscribe!!!!",1
            LZQPQhLyRh9MSZYnf8djyk0gEF9BHDPYrrK-qCczIY8,Evgeny Murashkin,2013-11-08T17:34:21,just for test I have to say murdev.com,1
            z13jhp0bxqncu512g22wvzkasxmvvzjaz04,ElNino Melendez,2013-11-09T08:28:43,me shaking my sexy ass on my channel enjoy ^_^ ﻿,1
            z13fwbwp1oujthgqj04chlngpvzmtt3r3dw,GsMega,2013-11-10T16:05:38,watch?v=vtaRGgvGtWQ   Check this out .﻿,1
            LZQPQhLyRh9-wNRtlZDM90f1k0BrdVdJyN_YsaSwfxc,Jason Haddad,2013-11-26T02:55:11,"Hey, check out my new website!! This site is about kids stuff. kidsmediausa  . com",1
            z13lfzdo5vmdi1cm123te5uz2mqig1brz04,ferleck ferles,2013-11-27T21:39:24,Subscribe to my channel ﻿,1
            z122wfnzgt30fhubn04cdn3xfx2mxzngsl40k,Bob Kanowski,2013-11-28T12:33:27,i turned it on mute as soon is i came on i just wanted to check the  views...﻿,0
            z13ttt1jcraqexk2o234ghbgzxymz1zzi04,Cony,2013-11-28T16:01:47,You should check my channel for Funny VIDEOS!!﻿,1
            z12avveb4xqiirsix04chxviiljryduwxg0,BeBe Burkey,2013-11-28T16:30:13,and u should.d check my channel and tell me what I should do next!﻿,1
            z13auhww3oufjn1qo04ci3grqqjmfjexxuo0k,Huckyduck,2013-11-28T17:06:17,Hey subscribe to me﻿,1
            z13xit5agm2zyh4f523rst2gowmbx5bml,Lone Twistt,2013-11-28T17:34:55, Once you have started reading do not stop. If you do not subscribe to me  within one day you and you're entire family will die so if you want to stay  alive subscribe right now.﻿,1
            z13pejoiuozwxtdu323dspopnri4xts0f,Archie Lewis,2013-11-28T17:54:39,https://twitter.com/GBphotographyGB﻿,1
            z121zxaxsq25z5k5o04ch1o5jqqfij3gtm40k,TheUploadaddict,2013-11-28T18:12:12,subscribe like comment﻿,1
            z12oglnpoq3gjh4om04cfdlbgp2uepyytpw0k,Francisco Nora,2013-11-28T19:52:35,please like :D https://premium.easypromosapp.com/voteme/19924/616375350﻿,1
            z13phrmwrkfisn5er22eyrbpbvaiwfvwf04,Gaming and Stuff PRO,2013-11-28T21:14:13,"Hello! Do you like gaming, art videos, scientific experiments, tutorials,  lyrics videos, and much, much more of that? If you do please check out our  channel and subscribe to it, we've just started, but soon we hope we will  be able to cover all of our expectations... You can also check out what  we've got so far!﻿",1
            z13bgdvyluihfv11i22rgxwhuvabzz1os04,Zielimeek21,2013-11-28T21:49:00,I'm only checking the views﻿,0
            z13vxpnoxsyeuv2jr04cctprprb1slnxdf4,OutrightIgnite,2013-11-28T21:55:02,http://www.ebay.com/itm/171183229277?ssPageName=STRK:MESELX:IT&amp;_trksid=p3984.m1555.l2649 ﻿,1
            z12qth5j0ob1fx3q404chvy4fz32tbkpllk0k,Tony K Frazier,2013-11-28T23:57:13,http://ubuntuone.com/40beUutVu2ZKxK4uTgPZ8K﻿,1
            z13etj0bclzfztuwc04cgfvrgmf3fvjor1g,Jose Renteria,2013-11-29T00:22:01,"We are an EDM apparel company dedicated to bringing you music inspired  designs. Our clothing is perfect for any rave or music festival. We have  NEON crop tops, tank tops, t-shirts, v-necks and accessories! follow us on  Facebook or on instagraml for free giveaways news and more!! visit our site  at OnCueApparel﻿",1
            z12axnji5w2axxht522thb3bktvqjdlbp04,zhichao wang,2013-11-29T02:13:56,i think about 100 millions of the views come from people who only wanted to  check the views﻿,0
            z13ozdmr4lf3uzc5z04cix2zkyjzgvcyemw0k,Carlos Thegamer,2013-12-01T01:20:21,subscribe to my channel people :D﻿,1
            z12ohdxjtsatvppjb04cctprprb1slnxdf4,OutrightIgnite,2013-12-01T03:30:55,Show your AUBURN PRIDE HERE: http://www.teespring.com/tigermeathoodie﻿,1
            z12ntlcqht2bvjewi04cf1up0xjvs5lq3mc0k,Owen Lai,2013-12-01T04:51:52,just checking the views﻿,0
            LZQPQhLyRh9EXArr4ZnVcDonSbvSMHKYOT24e_qR6fE,||GuitarZ||,2013-12-23T12:54:38,CHECK OUT MY CHANNEL,1
            LZQPQhLyRh9y57URF7qpZRk3MVAJNLNhhZga_5YWBU8,Living4Techno,2013-12-25T19:46:26,marketglory . com/strategygame/andrijamatf earn real money from game,1
            LZQPQhLyRh9vw01Xvvw5yWzZEUOPG1hSgRMHep55-Yw,8-BitMusic,2013-12-27T23:07:50,Hey guys! Im a 12 yr old music producer. I make chiptunes and 8bit music.  It would be wonderful if you checked out some of my 8bit remixes! I even  have a gangnamstyle 8bit remix if you would like to check that out ;)  Thanks!!,1
            z13kszcinpnvc34v2234fnpxkpmlw3nhc04,Kyle Jaber,2014-01-19T00:21:29,Check me out! I'm kyle. I rap so yeah ﻿,1
            z13tj514otzlurfbc04ccjwhrnmej1iihqw0k,Brandon Pryor,2014-01-19T00:36:25,I dont even watch it anymore i just come here to check on 2 Billion or not﻿,0
            z13zvh1rmk3cf3mby04civbq5mjtddmbysk0k,Fun&amp;Hacks,2014-01-19T00:42:35,"Subscribe to me for free Android games, apps.. ﻿",1
            z120y3ribybzdf3fj23sf1rpgq3cex0sh,Young Hittaz,2014-01-19T04:21:11,everyone please come check our newest song in memories of Martin Luther  King Jr.﻿,1
            z13autsqgzblcx3w104chr4r2kexd10rxc0,DropShotSk8r,2014-01-19T04:27:18,"Came here to check the views, goodbye.﻿",0
            z12wvpxppxz3ifk3j224cbsgqraherzrg04,ElepticRage,2014-01-19T08:55:53,sub my channel for no reason -_-﻿,1
            z121e3zq5kj3ip2ch22ks3vwekuaibrgc04,Joengz,2014-01-19T10:31:10,"Check out my dubstep song ""Fireball"", made with Fruity Loops. I really took  time in it.  /watch?v=telOA6RIO8o﻿",1
            z13kxpqqssa0hlryd04cc1dxeyyngljjngk,Tasha Lucius,2014-01-19T13:25:56,2 billion....Coming soon﻿,0
            z13iuzxwamqhzppyp04cdz1amyzpfdnpdns0k,Jason Provencal,2014-01-19T16:15:54,Why dafuq is a Korean song so big in the USA. Does that mean we support  Koreans? Last time I checked they wanted to bomb us. ﻿,0
            z12txle43yfhvt0f323eghbxivmuytieq,Kiddy Kidso,2014-01-19T16:49:52,Check my channel please! And listen to the best music ever :P﻿,1
            z13zj1grjzqhhxzlj23gdpzaovunwnn0f,HamzaMurt | Advanced Warefare | Lets Play!,2014-01-19T17:20:58,SUB 4 SUB PLEASE LIKE THIS COMMENT I WANT A SUCCESFULL YOUTUBE SO PPLEASE LIKE THIS  COMMENT AND SUBSCRIBE IT ONLY TAKES 10 SECONDS PLEASE IF YOU SUBSCRIBE ILL  SUBSCRIBE BACK THANKS﻿,1
            z13csdop4venytrru04cf11q1wmbdvkrfpo0k,ii Trollercopter,2014-01-19T17:25:23," Hey everyone!! I have just started my first YT channel i would be grateful  if some of you peoples could check out my first clip in BF4! and give me  some advice on how my video was and how i could improve it. ALSO be sure to  go check out the about to see what Im all about. Thanks for your time :) .  and to haters... You Hate, I WIN﻿",1
            z13ce52jzwfitrkup23din4ojputijen3,Eugene Kalinin,2014-01-19T19:21:04,"The projects After Effects, Music, Foto, Web sites and another you can find  and buy here  http://audiojungle.net/user/EugeneKalinin/portfolio?ref=EugeneKalinin﻿",1
            z13phfyxhovav1hl122bf5iidumufzbel,Cody Tolleson,2014-01-20T02:50:44,YouTube/codytolleson for awesome videos I'll subscribe back ﻿,1
            z13xytyybsypw34yv04cc33xkke1grugh2w,cake cat,2014-01-20T04:45:34,if you like roblox minecraft world of warcraft gta5 mario suscribe to my  channel﻿,1
            z13vsbcjwrybe3hsf23sgvnxfr3zxnion04,World327RS,2014-01-20T06:16:28,SUBSCRIBE TO ME AND I'LL SUBSCRIBE TO YOU! (Must like - cZFcxsn0jnQ) ﻿,1
            z12jvnua2tifirkvk23cfjtpxwmgxfch004,Didier Drogba,2014-01-20T06:57:25,http://www.twitch.tv/jaroadc come follow and watch my stream!﻿,1
            z13stv3brxe1snv2i225fnvganneudej004,MFkin PRXPHETZ,2014-01-20T09:08:39,"if you like raw talent, raw lyrics, straight real hip hop Everyone check my newest sound  Dizzy X - Got the Juice (Prod by. Drugs the Model Citizen)   COMMENT TELL ME WHAT YOU THINK  DONT BE LAZY!!!!  - 1/7 Prophetz﻿",1
            z12ktfsarrv0wdj3p22ifbxz3zn2fthhw04,Dave X,2014-01-20T10:12:07,....subscribe......  ......to my........  .....channel.......﻿,1
            z121znjjloycwtjf2233dfo5esfggn3lj,crestpee,2014-01-20T13:03:12,"now its 1,884,034,783 views! pls. comment the view count the next hour :P﻿",0
            z125zbmwryjwxzx4504cfjzwbtztuvkif3c,Leonardo Baptista,2014-01-20T15:10:27,http://www.avaaz.org/po/petition/Youtube_Corporation_Fox_Broadcasting_Company_Anular_os_strikes_no_Canal_Nostalgia/?cXPZpgb ﻿,1
            z12stpyqaonsercxw04cjbr4dlnrxd34soo0k,Phuc Ly,2014-01-20T15:27:47,go here to check the views :3﻿,0
            z13nvr2xayrwffsio04cj3zwyuf3vb1imdg,Milan George,2014-01-20T16:15:09,thumbs up if u checked this video to see hw views it got﻿,0
            z13uzhdomzvbffvwa04cgplq2zewfz2hm2k,Kirsty Brown,2014-01-20T16:41:27,Plz subscribe to my channel and I will subscribe back xx﻿,1
            z13ucxa51rnftvu2j22if5oihq2qipjlp,Kochos,2014-01-20T17:08:37,i check back often to help reach 2x10^9 views and I avoid watching Baby﻿,0
            z120grixiomvyvbga04cfl24csz5jf4zzuc0k,eSkiip,2014-01-20T17:22:53,This video will get to 2 billion just because of people checking if it has  hit 2 billion yet.﻿,0
            z13gevgohyzktbztz22mcrcpntfxvpvan04,Wumrogue lite,2014-01-20T17:29:52,https://www.facebook.com/pages/Brew-Crew-2014/134470083389909 Like this  facebook-page! Chance to win an Iphone 5S!﻿,1
            z12gy5tb2kase1nix04cipry3mf1wh5grko0k,Ruddy Tapia,2014-01-20T17:58:46,get GWAR to play 2015 superbowl  http://www.change.org/petitions/the-national-football-league-allow-gwar-to-perform-the-2015-super-bowl-halftime-show#share ﻿,1
            z13hxl3yoqmlvdlnu23atlqgsoyevlsse,Artsi,2014-01-20T18:52:12,Pls follow this channel!! http://www.twitch.tv/sevadus﻿,1
            z12gv5qoconqsbe0h221wljgmwe4v1nmu,ProsGamerOnly,2014-01-20T20:00:55,hi guys check my youtube channel﻿,1
            z13eepr4dyjet34pt04cgr1rctvwsvqwqso0k,JP Jochem,2014-01-20T20:23:35,Subscribe and like to me for more how to videos on minecraft!﻿,1
            z121st5w5k3ui1veg22zirn4gkr5tby2v,Jdidk Loma,2014-01-20T20:35:56,http://tankionline.com#friend=cd92db3f4 great game check it out!﻿,1
            z13osnp4hnzry1o15224yfzbotr0epxqk04,BaconBro HD,2014-01-20T21:11:52,Subscribe ME!﻿,1
            z12rgllzmwnfuba4h04ch3njgy2fg3ryerg0k,Eanna Cusack,2014-01-20T22:20:59,Im just to check how much views it has﻿,0
            z12rc1ebfvrmufz5w04ccl2pmt3ih5dymq40k,fastestghost,2014-01-21T02:09:22,The first comment is chuck norrus ovbiously :D﻿,0
            z13mcpkzpoz1hj3o304cfd3oouf2tj1rnk40k,StuntmanGaming,2014-01-21T02:29:43,Behold the most viewed youtube video in the history of ever﻿,0
            z121cnnzhsybzjkt122nsviacsekvvt1r,Master Chief,2014-01-21T03:16:46,when is this gonna hit 2 billion?﻿,0
            z125gx4g5wemgtyvr23ryvlrbxjvwl2mi,David Bell,2014-01-21T03:18:31,the most viewed youtube video of all time?﻿,0
            z12lzbu4iymmvjgj004cdjaonunljbjwwo00k,virgie natividad,2014-01-21T07:33:30,"969,210 dislikes like dislike themselves﻿",0
            z13kvvkixzvadn5ii04chnnbsvn3w1pq5dk,asd ad,2014-01-21T08:22:06,psy=korean﻿,0
            z13zz3cjwmztcni0p23ug3vb0pasfvzqc04,Dymetex,2014-01-21T09:03:36,"OMG this oldspice spraytan party commercial omg....i'm sitting here ""NO  this isn't a real thing is it? OMG"" ﻿",0
            z12ifxrbkmaechwtt22jwryqmoaefhipf04,MrTuizentfloot,2014-01-21T13:39:13,"This is the only video on youtube that get so much views just because we  want to see how much views it has. 1.000.000 every day, I mean, Most people  think a video is popular when it actually gets 1.000.000 views.﻿",0
            LZQPQhLyRh_hbykd_Xw4oDROJbJTFrs-UbSB2xk8gRk,OREOGAM3R,2014-01-25T19:36:25,It's been back for quite a while now.,0
            LZQPQhLyRh9U7Lv_DKpJ7lawpBCotxfgHzBy93Tk028,LEONARDO CAETANO,2014-01-27T19:36:00,2 Billions in 2014,0
            z12eexphzo2uslizg04cirmywyzjdnm5gqc0k,fab life,2014-11-02T00:48:57,plz check out fablife / welcome to fablife for diys and challenges so plz  subscribe thx!﻿,1
            z124fn5ahqnfdbxtg23ihlijyqjqtr1lk,Oh 1080s,2014-11-02T01:08:10,Sub my channel!﻿,1
            z12lubwrvv35zpzub23ywxbbiuawjbalc,Ariel Baptista,2014-11-02T05:06:46,http://www.ebay.com/itm/131338190916?ssPageName=STRK:MESELX:IT&amp;_trksid=p3984.m1555.l2649 ﻿,1
            z13osfxhtkfmwpxue234z3wimzmcs1k2x,Stefano Albanese,2014-11-02T12:04:36,http://www.guardalo.org/best-of-funny-cats-gatti-pazzi-e-divertenti-2013-5287/100000415527985/ ﻿,1
            z12tcdxa5k3bsvtqh04ccnaqusj1vvfju3s,Salim Tayara,2014-11-02T14:33:30,"if your like drones, plz subscribe to Kamal Tayara. He takes videos with  his drone that are absolutely beautiful.﻿",1
            z13gsp34uumcdje4q04civk54zr4wr0gxjc,Lucky D.,2014-11-02T14:53:06,http://hackfbaccountlive.com/?ref=4604617﻿,1
            z123e1gg3zyuf30ox04cdtbzgmaby3ehjc0,Lucas Trigo,2014-11-02T15:52:22,"WHATS UP EVERYONE!? :-) I Trying To Showcase My Talent To The World! I Have Over 3000 SUBSCRIBERS! I PROMISE! I Dont Suck! Please Spread My Covers Around, SUBSCRIBE &amp; Share! Thanks so much for all your support! Lucas Trigo -Stay Awesome! ﻿",1
            z13ezz5zsz3pyhyip04cibtpwwbdejzrmlk0k,TheHariiiii,2014-11-02T16:17:11,-----&gt;&gt;&gt;&gt;  https://www.facebook.com/video.php?v=10200253113705769&amp;set=vb.201470069872822&amp;type=3&amp;permPage=1  &lt;--------﻿,1
            z12ywjvgdtrhxdlz504cd1tquqvuhbs4abw,Angel,2014-11-02T17:27:09,"Hi there~I'm group leader of Angel, a rookie Korean pop group. We have four  members, Chanicka, Julie, Stephanie, and myself, Leah. Please feel free to  check out our channel and leave some feedback on our cover videos (:  criticism is welcome as we know we're not top notch singers so please come  leave some constructive feedback on our videos; we appreciate any chance to  improve before auditioning for a Korean management company. We plan on  auditioning for JYP, BigHit, Jellyfish, YG or SM. Thank you for taking time  out of your day to read this !﻿",1
            z122f1fy5muwdxdxd04cexyxes3hh5hrifc,Squir3,2014-11-02T18:34:03,http://woobox.com/33gxrf/brt0u5 FREE CS GO!!!!﻿,1
            z12jud4o3n34v5wph04ce3db0y2njn55gog0k,Kaya Roberts,2014-11-02T20:00:37,Admit it you just came here to check the number of viewers ﻿,0
            z12xxjkwevvjzvvms22xz3sjqovty3qip04,Prim N.,2014-11-02T22:48:21,"Just coming to check if people are still viewing this video. And  apparently, they still do.﻿",0
            z13ydfww3ruysvtmv23muhspwqqjszwjc04,James Ridge,2014-11-02T23:25:44,Check my first video out﻿,1
            z13vs53zipmszf1ib04cerd5xlmzdz5qlzw0k,Minecraft-Viasat,2014-11-03T14:38:53,Check my channel﻿,1
            z13wzt5yezvhsboz104cjlkqalz0fpcglmk0k,Alessio Siri,2014-11-03T16:43:36,PSY - GANGNAM STYLE (강남스타일) M/V: http://youtu.be/9bZkp7q19f0﻿,0
            z135fnx4ntvdx1rzn04cih1ihmqtsrbzcno0k,Backup Plus,2014-11-03T17:39:07,Suscribe My Channel Please XD lol﻿,1
            z13dztbi0nnvdruas04cjrmjwrnvvd4jxjw,Almighty Toffeebomb,2014-11-03T19:09:40,Wow. Comments section on this still active. Not bad. Also 5277478 comments.  (Now 79)﻿,0
            z13hgfzhnrj3sx0m222sfbo4drq1e5xyp04,Meth Lover,2014-11-03T20:32:26,http://binbox.io/1FIRo#123﻿,1
            z12pzpvbfl2igbwhe04cihtpuwymvr5gvsg0k,NstyIC Gold,2014-11-03T20:41:23,Ching Ching ling long ding ring yaaaaaa Ganga sty FUCK YOU.﻿,0
            z12wvpdwfzzkfrerq04civhigpqrcxmxjzc0k,Никита Безухов,2014-11-03T21:38:17,https://www.indiegogo.com/projects/cleaning-the-pan--2    please halp me  with my project﻿,1
            z13tdv5jmlfpzj1rf04cd3ng4ljqjngxflg0k,Михаил Панкратов,2014-11-03T22:22:14,There is one video on my channel about my brother...﻿,1
            z12ufn5puwnve3b2k22ntjqogym0fllgb04,Angek95,2014-11-03T22:28:56,"Check my channel, please!﻿",1
            z13xslra3myri3jsn22hs1wxbyuvxplr004,Arianna Leighton,2014-11-03T23:02:47,"Does anyone here use gift cards like Amazon, itunes, psn, google play,  itunes, or any other gift cards? Then you'll be happy to know you can get  free gift card codes for free from an amazing site. Here is a $50 itunes  gift card code XXBB5TCZHM39HVZD﻿",1
            z132v5iajkjuhfkyn04cg3mxclnnzj0yxmo0k,richardex8,2014-11-03T23:03:03,Why does this video have so many views? Because asian things are awesome and non-asian countries are jelly so they  try to learn from asia by looking at this video d:﻿,0
            z12mtx5hxnutsxzfn23tsljjrm2mwxtwm04,Олег Пась,2014-11-03T23:29:00,Plizz withing my channel ﻿,1
            z121ft552pzpzhiab04cffmwitfii3lr5v40k,Crooked Gaming,2014-11-04T00:00:57,I made a gaming channel (Unique right?) :L Angry Minecraft!﻿,1
            z135jnejqyylxvxc323tifugxr3idl1oq04,Monwar Sarkar,2014-11-04T00:18:07,Please help me go here http://www.gofundme.com/littlebrother﻿,1
            z13zfpqpvpyvwfymk232ux4odsr1s5wm0,Jack ToadROXMK,2014-11-04T02:00:14,Anybody who subscribes to me will get 10 subscribers﻿,1
            z13sx1mitrmpcls3f22hi5ep1yq5cvmld,roflcopter2110,2014-11-04T02:22:06,http://thepiratebay.se/torrent/6381501/Timothy_Sykes_Collection﻿,1
            z13juvrhisuzsfczo04cgnsxhlfdiz2rhho,Imprezzi Vidzz,2014-11-04T03:12:23,"My videos are half way decent, check them out if you want.﻿",1
            z130gviqarmshdnau04cdzigvs3jepx4qw00k,khir abqari,2014-11-04T07:37:28,"they said this video are not deserve 2billion views , while they keep  visiting it to watch the viewer . ﻿",0
            z12zdj5ptyzpurkan04chtsqjszjxfmrk2w,Gloria Garcia,2014-11-04T11:38:51,subscribe to itz recaps and above diddle﻿,1
            z12li5throi5u540y220chro4nn5gl52k,xSparkShark,2014-11-04T12:40:15,Screw this Chinese crap i dont even understand what he is saying. Why isn't  he speaking English like everyone should?﻿,0
            z13dsnfaozyyil4m322jijgx5m3aehem2,Emerson Zanol Zanol,2014-11-04T13:48:04,need money?Enjoy https://www.tsu.co/emerson_zanol﻿,1
            z13tczojhrqbjhv2c23kfby5wpysgpopa04,Lars Zaadstra,2014-11-04T13:54:25,Sub to my channel visuelgamingzNL I sub back﻿,1
            z13qgx0yzwf1uj1xm04ccbkhjnrsgz0i41g,firo mota,2014-11-04T14:38:42,please subscribe i am a new youtuber and need help please subscribe and i  will subscribe back :D hoppa HOPPA GaNgAm StYlE﻿,1
            z13qgviizlv1d1c1422lylyahqz2h1zm5,Connor Groom,2014-11-04T18:00:07,sub me if you dont like the song﻿,1
            z13sgnbzkwjqhhd5004cfzaheobvzbuopyg0k,Kaiser Dragon,2014-11-04T18:09:18,This is a weird video.﻿,0
            z13etzhwwvzye1oav04cehnitxf5cx2xkts0k,Monster Sifou,2014-11-04T18:30:39,8 million likes xD even the subscribers not 8 million xD﻿,0
            z123jlf4lzjbgpbcr23yhxyqbpe3gxpvm,TIGERIO_,2014-11-04T19:46:38,EHI GUYS CAN YOU SUBSCRIBE IN MY CHANNEL? I AM A NEW YOUTUBER AND I PLAY  MINECRAFT THANKS GUYS!... SUBSCRIBE!﻿,1
            z13kfzqicymszt0jp04ci5gqvqemyb2jsp00k,OFFICIAL LEXIS,2014-11-04T20:22:21,Hi everyone! Do you like music? Then why not check out my music channel.  The LEXIS band will be uploading their own songs and covers soon so don't  miss out. Please SUBSCRIBE too as it does help us out a lot. Just takes one  click. -&gt;﻿,1
            z12ftpab5svihfffz23kf3iiymiwjzesi,trespasser4000,2014-11-04T22:07:22,This song never gets old love it.﻿,0
            z13oyfkydl30exyip04cejozdtahgvx44ao,Pat M,2014-11-05T00:21:29,gofundme.com/grwmps﻿,1
            z13cyzbbqsrxyfaec23xc10rdrrqgd0ch,Malin Linford,2014-11-05T01:13:43,"Hey guys please check out my new Google+ page it has many funny pictures,  FunnyTortsPics  https://plus.google.com/112720997191206369631/post﻿",1
            z13jsrtahyyqv53jc04cdr4bcwfwg3lauek,kenny clayton,2014-11-05T06:34:19,#2012bitches﻿,0
            z135f3rwwnjafnnrv04cirmifl3lipewgl40k,Akymonix,2014-11-05T07:01:34,Made in china....﻿,0
            z13lip25arigch3rj04cf1ko0pnczzyrtng0k,Gaming Land,2014-11-05T07:48:10,5 milions comentars and 2 bilion views﻿,0
            z13mzp44ul21sdqcj22sgriokxyuy5det,tom hawksbee,2014-11-05T07:49:21,It is 0 zero﻿,0
            z12rsjsiimjkjfkwt04ccbgosvrbgxupxu00k,Norman Reid,2014-11-05T08:12:06,Mix - PSY - GANGNAM STYLE (강남스타일) M/V: PSY - GANGNAM STYLE (강남스타일) M/V﻿,0
            z13wfr2rbwytwbhf123cs1l5lz2aefdex,Emily Hamilton,2014-11-05T08:42:06,This has had over 2 billion views.  Holy shit.﻿,0
            z13vx3kbgmq5fnlgj04cfdoqtpfyw5xqzuc0k,rolle54100,2014-11-05T10:43:27,"how can there be 2.124.821.694 views, when im the only person alive after  the zombie apocalypse - greetings, spoderman :)﻿",0
            z135vx5jfu2mfvwvr22cj11wupbtfr1gz04,MrBrunoExtreme,2014-11-05T15:10:43,Suscribe my channel please﻿,1
            z13pdjsgqkjjtnlqz04cgtxafxqtylmixxg0k,xMasterGGx,2014-11-05T15:25:34,"2,124923004 wiews... wow﻿",0
            z12jc1uququpzbsoq04cg15poyfsxpvoojw,pro stomper,2014-11-05T15:27:34,guys please subscribe me to help my channel grow please guys﻿,1
            z124i3ygclj0xn4ly22jzb5a2ubvtbev1,Abdinasir Omar,2014-11-05T15:28:28,Great music anyway﻿,0
            z12kuncrps35wp1l0220s3t4ym32dtpin04,Aleksaivan Neidert,2014-11-05T15:35:49,PSY - GANGNAM STYLE (강남스타일) M/V: http://youtu.be/9bZkp7q19f0﻿,0
            z123gnabnwbqtr1e022jejij0zzzez2os04,Luat ha hpuoc,2014-11-05T15:38:10,"so crazy, over 2 billion views, not US, not Uk, its Korea republic, its  asia﻿",0
            z121jvbjakmbehsys04ce5yj1y3hxx0hzsk0k,abdellah chafouai,2014-11-05T16:12:51,Discover a beautiful song of A young Moroccan     http://www.linkbucks.com/AcN2g﻿,1
            z13xhp2xmkeowtbyo04cffggylf3yjjpsns0k,Brotha B,2014-11-05T16:18:58,"Like getting Gift cards..but hate spending the cash.... Try Juno Wallet !!! At Juno Wallet you can earn money for gift cards such as ; Nike, Gamestop,  Amazon , Ebay Etc &amp; its easy  Earn money by doing simple task like watching videos..downloading apps &amp;  you can even earn money by inviting your friends to join...its free for  signup Sign up today &amp; use promo code BD3721315﻿",1
            z12dzlpo0ueie1go404cfjjwsxf1g1lrtdo,Amir effect,2014-11-05T17:18:14,Can somebody wake me up when we get to 3 billion views.﻿,0
            z12jxvuzgxusjl1jw04ccxshdwyfx1pjzfk,lakis constantinou,2014-11-05T18:02:31,PSY GOT LOTS  OF MONEY FROM YOUTUBE THAT HE GOT FROM 2 BILLION VIEWS THIS  IS THE MOST VIEWS IN THE WORLD :D﻿,0
            z13dgdl4hyirg3gcd23pw3nw0zrsebpqb04,just a filthy kafir,2014-11-05T18:05:17,Justin bieber = gay ﻿,0
            z13gypjrmumhxromj23jyjhhenvdgpuxh04,HarveyIsTheBoss,2014-11-05T18:16:55,You gotta say its funny. well not 2 billion worth funny but still. It  clicked and everything went uphill. At least you don't have JB's shit on  #1.﻿,0
            z12wilyi3mzzjlzkw225hrzrxvb4tjgln,M7AMDksa,2014-11-05T19:51:38,❤️ ❤️ ❤️ ❤️ ❤️❤️❤️❤️﻿,0
            z12uw5z5roiqel3ds22iifbhbmnijn1qz04,Noah François,2014-11-05T20:15:09,"Ahhh, 2 years ago....﻿",0
            z12wsx5amr3ahbgl122mc5qr5v23vnist,Neely Nesley,2014-11-05T20:19:26,"Dance dance,,,,,Psy  http://www.reverbnation.com/msmarilynmiles﻿",1
            z122f10gdvathpo2222pshcxxpjliddjv04,BmwManDexter,2014-11-05T20:33:15,"check out ""starlitnightsky"" channel to see epic videos﻿",1
            z13ghjrh5vqbetiw104chhdrlsv0szfqbxk0k,KodysMan Dunt Know,2014-11-05T21:10:09,https://www.tsu.co/KodysMan plz ^^﻿,1
            z13nwn54ukukyhdfb223vttqnu31hvf4k04,nachopinca3901,2014-11-05T21:14:36,Stupid people... this video doesnt have 2 billion visits. Have 2 thousands  millions﻿,0
            z12kcx2ahwmpupnw004cdt3rwqfes3xgbns0k,Mehmet Demirel,2014-11-05T21:25:27,http://www.gcmforex.com/partners/aw.aspx?Task=JoinT2&amp;AffiliateID=9107﻿,1
            z12udxjwpwurtlwz304ccbrhdtusth4herk0k,PacKmaN,2014-11-05T21:56:39,check men out i put allot of effort into my music but unfortunatly not many  watch it﻿,1
            z13ky1cgzpjpvdpp004chhebvqnkhnpjmzo0k,Alessandro leite,2014-11-05T22:21:36,pls http://www10.vakinha.com.br/VaquinhaE.aspx?e=313327 help me get vip gun  cross fire al﻿,1
            z121cngqep23db2o404cjf4zvsf2cjerdaw,TLouX music,2014-11-05T22:41:42,Add me here...https://www.facebook.com/TLouXmusic﻿,1
            z13osluqrpefv1hd323idhejzxanc3ai004,Tyrek Sings,2014-11-05T22:50:02,CHECK MY CHANNEL OUT PLEASE. I DO SINGING COVERS﻿,1
            z12ehhxzutqbsjrpq04ccjlqhrv5y3dzkn40k,NursePoison,2014-11-06T01:12:14,I think this is now a place to promote channels in the comment section lol.﻿,0
            z12bv5zxvpryjjspn04cdfwz5lrtzjhooqw0k,Peter Johnson,2014-11-06T01:44:12,Get free gift cards and pay pal money!﻿,1
            z12zstfhixudundzf04cjbsp0rjrzh1rw3k,MiningBip3,2014-11-06T02:22:00,Check out pivot animations in my channel﻿,1
            z13zxdkalk3ryvxr004cj1vabkn2dvcyusg0k,Ju`Wan Wright,2014-11-06T02:39:07,Follow me on twitter &amp; IG : __killuminati94﻿,1
            z12zjztrvlnafvk2n230wjmztyfxxpbk2,CronicleFPS,2014-11-06T03:10:26,Check me out I'm all about gaming ﻿,1
            z12mzferzsanzhld022fhhdarrusivwkq,marye,2014-11-06T04:42:33,Oppa! Yeah! Best Song!﻿,0
            z13cydjppmiostv1l22dtzd5xnbjebax004,Giang Nguyen,2014-11-06T04:54:22,More... http://www.sunfrogshirts.com/Sunglass-World.html?24398﻿,1
            z13hubqrnwquen2gu04cdbbx4rqgxxcwvo00k,Giang Nguyen,2014-11-06T04:55:41,https://www.facebook.com/teeLaLaLa﻿,1
            z13xsxxqlxnzz3d3g22wfjx5lsrjgpaic04,MasterRobotTV,2014-11-06T05:40:43,http://www.twitch.tv/zxlightsoutxz﻿,1
            z13zjbvbeszjcvdsx22ww5cgcrydzlf5u04,ROB YSF,2014-11-06T09:15:12,reminds me of this song https://soundcloud.com/popaegis/wrenn-almond-eyes﻿,1
            z12yinh5ks2oinqzn04cctkgvvrohbrazvo0k,Rancy Gaming,2014-11-06T09:41:07,What free gift cards? Go here  http://www.swagbucks.com/p/register?rb=13017194﻿,1
            z13mtrjqsqzliho5w04cex3zmoqfvnpgyys0k,FatPocketsTv,2014-11-06T09:49:14,"Search ""Chubbz Dinero - Ready Or Not "" Thanks ﻿",1
            z12lg1vizrmsgxm3q23oij4aqrjxjdd1p,Holly,2014-11-06T13:41:30,Follow me on Twitter @mscalifornia95﻿,1
            z13zhhualofpyz22z22pydei0oeyt5abc04,unknown,2014-11-06T14:50:18,😫😓😏😪😔😖😌😭😎😚😘😙😗😋😝😜😛😍😒😞😷😶😵😳😲😱😟😰😩😨😧😦😥😤😣😮😴😢😡😠😬😕😑😐😯😉😈😇😆😅😄😃😂😁😀😊☺  every single types of face on earth﻿,0
            z12sil2ziqneyjxpx04cehcgcsmmcr1a3ew,"thevlogmasters Vlog, Challenges en nog veel meer!",2014-11-06T15:28:54,▬▬▬▬▬▬▬▬▬▬ஜ۩۞۩ஜ▬▬▬▬▬▬▬▬ ＤＡＭＮ ＴＨＩＳ ＣＯＭＭＥＮＴ ＩＳ ＦＡＮＣY ▬▬▬▬▬▬▬▬▬▬ஜ۩۞۩ஜ▬▬▬▬▬▬▬▬﻿,0
            z12scr5ixnexwh2xa04civ3o3k25dr3wkfw,Freddie Barton,2014-11-06T15:31:35,CHECK MY CHANNEL FOR MY NEW SONG 'STATIC'!! YOU'LL LOVE IT!!﻿,1
            z13actcqdm31slqqu04cctub4n2nw1swwy00k,Sean Ortiz,2014-11-06T16:48:02,Incmedia.org where the truth meets you.﻿,1
            z13dvrmxorf0cnj0423rsfcjlxevgjwll,ZodexHD,2014-11-06T17:50:59,look at my channel i make minecraft pe lets play ﻿,1
            z12oep2i2ybiyn0sy23tc1uptrmkhxbse,Andr3wco7,2014-11-06T17:59:30,I found out this song now﻿,0
            z13huxgx5rikd13v422khjnjusyvzxx4c04,michelle clough,2014-11-06T18:00:04,2 BILLION!!!﻿,0
            z12qzzbpbzn4c5zwu04cir5gmzfozhy4cjk,lebanonwarior1,2014-11-06T18:07:21,Song name??﻿,0
            z13mebgjooulgzdkt23kzvlqjyrzx32n0,amine moha,2014-11-06T18:11:37,please like : http://www.bubblews.com/news/9277547-peace-and-brotherhood﻿,1
            z12tzt2pluixhpbs4221xveiiqafd3epw04,PacKmaN,2014-11-06T18:23:21,hey again if you guys wouldnt mind chacking out my rap give it like and il  giver 3 of your vids a like﻿,1
            z13udh04hqjeyney404cgloh0vbegbmgvq40k,fad lad,2014-11-06T18:24:19,http://www.amazon.co.uk/gp/offer-listing/B00ECVF93G/sr=8-2/qid=1415297812/ref=olp_tab_refurbished?ie=UTF8&amp;condition=refurbished&amp;qid=1415297812&amp;sr=8-2 ﻿,1
            z13dtz1zzkagdromt230g5cqfsejstr3p,Digital Media Butterfly,2014-11-06T18:55:14,"The most watched video on YouTube is Psy’s “Gangnam Style”, with 2.1  billion views. PSY - GANGNAM STYLE (강남스타일) M/V﻿",0
            z12ox3a5vviky5ctq22nz1ewpo24wxyis04,JackTheLad,2014-11-06T19:00:11,Subscribe to me and I'll subscribe back!!!﻿,1
            z13zy52aayqxsx5nr23curipvrretdy35,JoelR Ch,2014-11-06T19:28:25,http://flipagram.com/f/LUkA1QMrhF﻿,1
            z12sitjpgyy3f5j2322iy1figqa4vnyja04,OverSpace33,2014-11-06T19:40:59,For Christmas Song visit my channel! ;)﻿,1
            z12nejhigtr0tdvy504cgfcrhzvycxzin0k,Detroit Red Wings,2014-11-06T20:55:09,http://www.gofundme.com/gvr7xg﻿,1
            z13chfswltzzyhys1234dvkb3r2ien0ld,DirtySouthFlorida3,2014-11-06T22:00:58,Subscribe to me i subscribe back!!!! Plus i have a nice ass lol﻿,1
            z12tul0onm20hffur22qxhs5mvijddfj404,David Boček,2014-11-06T22:40:49,https://www.change.org/p/facebook-twitter-youtube-do-not-censor-julien-blanc ﻿,1
            z121hjrymmf2jh4rf04cjrybiyfotjmof1g,Jackal James,2014-11-06T22:53:08,https://soundcloud.com/jackal-and-james/wrap-up-the-night﻿,1
            z120wncjevujt1aju04cff4b1yfcvhrbpis,Goran Theboss,2014-11-06T23:16:52,https://www.surveymonkey.com/s/CVHMKLT﻿,1
            z124y1czouyechz4j04citox1mn1wz5pmos0k,YoungBrothersRecords,2014-11-06T23:22:32,Please give us a chance and check out the new music video on our channel!  You won't be disappointed.﻿,1
            z12yu11xyumitzpho04cix1y3zn3ijrpcm40k,Chinsoman Films,2014-11-07T01:22:02,Please subscribe to me﻿,1
            z13hfnup3tmvxhqfx22yvx4qnwj2gjj2a,Moymoy Palaboy,2014-11-07T01:24:27,"This is the best, funny and viral video of history (youtube) THE TRUE﻿",0
            z13neh044nq2wn0o404citkh2taufzqxuz40k,Mason Sieverding,2014-11-07T01:50:10,Please check out my vidios﻿,1
            z12uwhfpwnfrepmhg04ccx2ioxqzip4o0xw0k,VIP 2NEXO,2014-11-07T02:02:02,OPPA GANGNAM STYLE!!!﻿,0
            z12kttwqvzi4fd0ei23rdp4xjt2ef5hbk04,Gaming 101,2014-11-07T04:13:47,"The funny thing is, 1,700,000,000 of the views are spam bots. I mean c'mon  2 BILLION views? BS!﻿",0
            z131xnjjtqeyh5dy304cfhm50vagttfyemg0k,Chack Jason,2014-11-07T04:39:08,OPPA &lt;3﻿,0
            z122dfb5htjxgpbot04cdj1aikatybbjsb0,Kitts Hausman,2014-11-07T04:48:01,It's so funny it's awesomeness lol aaaaaaa sexy lada😂﻿,0
            z133xzqp3ubgyf2ko22osxkrfzvbd5b2y,TheInfectedDoge Gameplay,2014-11-07T05:04:28,most viewed video in the world﻿,0
            z122srjbvovwzxg0522yd1i4ty3kznxqs04,Warrdrew,2014-11-07T07:46:57,I'm here to check the views.. holy shit﻿,0
            z13lezboqn35jtqlm23mcpgp3tjbghmvk,Parssa Alimadad,2014-11-07T07:54:13,"Dear person reading this, You are beautiful and loving Have a great day﻿",0
            z132yfjb1q2aupnvp224it3zdlfgebvxy04,Adrian Skalak,2014-11-07T08:19:37,http://www.ermail.pl/dolacz/V3VeYGIN CLICK  http://www.ermail.pl/dolacz/V3VeYGIN  http://www.ermail.pl/dolacz/V3VeYGIN  http://www.ermail.pl/dolacz/V3VeYGIN  http://www.ermail.pl/dolacz/V3VeYGIN  http://www.ermail.pl/dolacz/V3VeYGIN  http://www.ermail.pl/dolacz/V3VeYGIN﻿,1
            z12av324qzztf5tan04ci1kycxbnf3u4f4g,BeatBoxBaaa,2014-11-07T09:04:08,Have you tried a new social network TSU? This new social network has a  special thing.You can share the posts as well as on fb and twitter and even  to'll get paid You can registr here:  https://www.tsu.co/WORLDWIDE_LIFE﻿,1
            z12aillowmuftn5l022cv3hwbofjctgch,Cool Ong,2014-11-07T09:55:39,The Guy in the yellow suit kinda looks like Jae-suk ﻿,0
            z13xtdlovm2hzl05d04ccz1pnvqtezdriqc0k,Uroš Slemenjak,2014-11-07T12:08:13,"People, here is a new network like FB...you register also free, the  difference is only that you get paid for sharing, commenting and liking  posts and so one...don't waste your time on fb for sharing and not being  paid!! Register here to make also money with your everyday posts!!  https://www.tsu.co/slema13 Wellcome to everyone! ;)﻿",1
            z130xbcwfnj5vlskv23airsxqqfqvhl5504,Adam Mudd,2014-11-07T12:16:08,How are there 2 billion views and theres only 2 million people in the  world!?!?!?!! MULTIPLE ACCOUNTS!!!1111﻿,0
            z12kix1zlmz3fhmhf04cipe5qpvsxrezbpg0k,Cromwell John Pascual,2014-11-07T12:51:06,WAT DA FUCK THIS THE MOST VIEWED VIDEO IN YOUTUBE!﻿,0
            z12mx3zj3pqigd3nb23xtpzwnriczf0zo04,Starfire003,2014-11-07T12:58:57,OMG 2/7 People watched this video because there are 7 billion people in the  world and 2 billion watched this﻿,0
            z12afdtaypuat3t5s04ccv4g4xe1elvbcdw,Lindsay Wofford,2014-11-07T13:12:45,What is he saying?!?!?!?!?!?!?!?$? ﻿,0
            z123gh5o1pibgntf222einrisrfasnha104,Romeo Sweeney,2014-11-07T13:33:12,this has so many views﻿,0
            z13xgr1w3oeycnszq04cihybwtimi3vqc40,Thanh Phong,2014-11-07T13:48:31,OMG over 2 billion views!﻿,0
            z13mc51qfqeozdpun23kgri5kzjnjpitj,Callum Barr,2014-11-07T13:49:41,Subscribe to me plz plz plz plz plz plZ ﻿,1
            z13yeb25wmevhpg3s22chjtxoszvgxxxl04,funtimekid1199,2014-11-07T14:11:41,http://www.twitch.tv/tareko100 Follow him on twitch and enter the keyword  !5800 and you'll have a chance of winning a really nice and expensive gun  for csgo that you can sell on the steam market﻿,1
            z13qgpqwlqbgj5jqy04cgnjqruv0gpdaino0k,css403,2014-11-07T14:25:48,"i am 2,126,492,636 viewer :D﻿",0
            z12wjxmyvzr1yps4d04cfrexyorisrfqpc0,Dovydas Baranauskas,2014-11-07T14:29:19,https://www.tsu.co/Aseris get money here !﻿,1
            z13cc1abmqz5cjpkc223ybzavyibznjey,전광용,2014-11-07T15:14:48,Fantastic!﻿,0
            z121eftbimqgy1p5504cjx24tpvbjrpisnc0k,sagar basnet,2014-11-07T15:31:25,The population of world is more than 7 billion﻿,0
            z121yttbfpyxw1dya04cgtq4clasebvoib4,Vitor Belliny,2014-11-07T15:43:29,2.126.521.750  views!!!!!!!!!!!!!!!!!﻿,0
            z130zp15xof5db0x204cfv55awj1wl3aipc0k,Gianpaolo T,2014-11-07T15:58:09,Wow 23 min ago﻿,0
            z12ufrszxq3zstw0r22yfbipvqvaypold,josson 64,2014-11-07T15:58:57,SUPER!!! !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!﻿,0
            z12lsp3pnmqlirwwk04cepijkvrustgbcgs,Isuzu,2014-11-07T16:38:47,P E A C E  &amp;  L O V E  ! !﻿,0
            z12iubmp2mv1txfsy235vb2xdqirufcp304,jayson calzado,2014-11-07T17:03:01,How can this music video get 2 billion views while im the only one watching  here on earth?????? lol﻿,0
            z12kyn0qjzzzur2ai04cg5szenjxdrorp4w,O sábio das 7 eras,2014-11-07T17:06:48,Please friend read my book and repass: http://www.4shared.com/web/preview/pdf/CjFofTxeba?﻿,1
            z13ccrthzkqdhl0ia04cjvobvtmafbd53ow0k,Pro Video,2014-11-07T17:53:51,subscribe to me :) ﻿,1
            z13rwrwppmyugtzco23xzjswqmrzilyxw04,Vepi road to TIx,2014-11-07T17:54:36,Still the best. :D﻿,0
            z12iircxtsjpwvqbd04chjzbemjtj5kohxg0k,Bert Dionne,2014-11-07T18:05:40,The most liked video on YouTube...﻿,0
            z12twf5qnmr2vhzsp23nzvn43uekgp4hq04,no honesty,2014-11-07T18:11:06,Still watching this 2 years later? ﻿,0
            z124g1oy2wfitb3tw23bw1po2ozhurojq04,LaunchPad Mad,2014-11-07T18:11:56,"Hello! I'm kind of new to Youtube, And soon i'm soon going to be making  Launchpad Video's! :D I would really appreciate if i got some subs before i  started so that people can spot me easily! I dont really care about hate  comments so dont bother -_-﻿",1
            z13dibpi3raby5evk22yzhfwuli2hnj0t,Aj Riberal,2014-11-07T18:52:29,"Lol...I dunno how this joke gets a lot of likes, but whatever. xD﻿",0
            z13ajrybhwehvxctd22xjvnjvvfig1mai04,SRK FAN,2014-11-07T19:18:25,2 Billion Views For This Piece Of Shit... ~ A R E ~ Y O U ~ K I D D I N G ~ M E ~﻿,0
            z12xczhjizrzuhvlp22gh3apkrasg3ggt04,Ben Stalker,2014-11-07T19:27:45,GANGMAN STY- *D-D-D-D-D-D--DROP THE BASS!!*﻿,0
            z13zv3phsxnput04k04cdnkw4svghdnas4c,xxxTheMikeTxxx,2014-11-07T19:33:03,Will this song ever reach 7 Billion Views?﻿,0
            z134d5hbckywylmj404cgnlo3kysfhsjoeg,Kemal Kurtoglu,2014-11-07T19:33:46,"Im a RAPPER/SONGWRITER, check my video PLEASE..also subscribe for more  thanks :) tell me what you think.﻿",1
            z130vjpadznpiv44x04cgd1ooljghlzg0es,ahmed khalifa,2014-11-07T19:45:26,"Hello all 29.24% earth population of the world, hope your having a great  day :)﻿",0
            z13rdtkxmnfsdptlc22qwryhlsrfslcht04,Adele Lupei,2014-11-07T19:47:06,"Is this the video that started the whole ""got my dick stuck in an elevator""  excuse thing? ﻿",0
            z12hidxilpv4uduvf23jdjp4nleeulehc04,Daniel Istrati,2014-11-07T19:47:16,Can anyone sub to my channel? :D﻿,1
            z12sjrqiurm3sd4rh04chz4oplrmhzmgzmg0k,Stronzo Chicheritr,2014-11-07T20:01:15,prehistoric song..has been﻿,0
            z13sw1fapx2dijgv323dur5rcyz3urnut,none dies virgin life fucks us all,2014-11-07T20:05:35,You think you're smart?        Headbutt your face.﻿,0
            z12di5a51quhttio304cirdpnvroex14jfg,JakeFrostMiner Palanca,2014-11-07T20:12:11,DISLIKE.. Now one knows REAL music - ex. Enimen ﻿,0
            z13wj1pgwlfjjjn4d04cilo5nwnhsbdavzg0k,Tee Tee,2014-11-07T20:16:51,Loool nice song funny how no one understands (me) and we love it﻿,0
            z13pfnrxuyelivdoz04cgdx4esa2dxeymck,Oopsthenameistoolong Oh well,2014-11-07T20:18:19,Like if you came here too see how many views this song has.﻿,0
            z13wf3fztpfffjoit04chjaxhkurtf1oh5g,witsnow roxiie,2014-11-07T20:45:32,We pray for you Little Psy ♡﻿,0
            z132fb4jenqfv5x2r23swfmiyrafyf5ue,johan gade,2014-11-07T21:06:36,"''Little Psy, only 5 months left.. Tumor in the head :( WE WILL MISS U &lt;3﻿",0
            z13oc52ihn22tfz3n231vv4bvxrujn0f0,2666playboy,2014-11-07T21:39:21, Follow me on Instagram. _chris_cz  ﻿,1
            z12rd3vqqsjydb35a04cfxi4kprfxruh5ew,Melissa Harmon,2014-11-07T22:01:04,how is this shit still relevant ﻿,0
            z12ffbi4hyauctqeg22livra0kzjcjffv,Eddie Murphy,2014-11-07T22:19:03,LOL this shit never gets old﻿,0
            z130i3yaexrmtxyic04ccnk5hwvfs33as0c,Alucard Hellsing,2014-11-07T22:21:29,What Can i say....This Song He Just Change The World Completely... So good job PSY... (and your girls are awesome :))) )﻿,0
            z13welx54xa4irprk04cfljw0o3gcnkrxzg0k,John Plaatt,2014-11-07T22:22:29,On 0:02 u can see the camera man on his glasses....﻿,0
            z13whrhzczjfx5ozo04chrtiyzunjjewwlk0k,YOU ARE NOW WASTING SECONDS OF YOUR LIFE BY READING THIS LONG STUPID NAME WHICH MAKES NO SENSE!,2014-11-07T22:41:04,this comment is wrong﻿,0
            z13iwppp5kf4gnyxn04cjns5kzn4xd0qdwk0k,juanmanuel cespedes,2014-11-07T22:59:13,i hate this music. fucking singer and every koean chainise ana US sucks me dick.﻿,0
            z13wtr2yssezhdaqa04cjvbody3qwjhpwk00k,Kirill Nazarethian,2014-11-07T22:59:37,2:05. Hahahahah ﻿,0
            z130dbmz2ourjtupz04chhjrpunwcr4yjrs0k,King uzzy,2014-11-07T23:19:08,Can we reach 3 billion views by December 2014? ﻿,0
            z12jy1tw0unnhhdnh23yyvyhjsnljxhf4,Gio D.,2014-11-07T23:23:54,"Dumb Guy: Why is there 2 billion views when there are 7 million people on  earth??? Also, I know what 1+1 equals! 1+1=1! I am a smartie pants﻿",0
            z124inzqgoyeh33uw23iibficv2kuf2nx,anthony Jennings,2014-11-07T23:26:04,"People Who Say That ""This Song Is Too Old Now, There's No Point Of  Listening To It"" Suck. Just Stfu And Enjoy The Music. So, Your Mom Is Old  Too But You Still Listen To Her Right?....﻿",0
            z13vc32olxm2znkjz04cd35gnozjebqhlig,TheLegitBroz,2014-11-08T00:26:35,The Funny Thing Is That this song was made in 2009 but it took 2 years to  get to america.﻿,0
            z12xgnu4zmroi1vuu221wtihjlbjw3owv04,mindaugux,2014-11-08T00:36:31,why I dont see any comments but mine?:/﻿,0
            z12denip3u2dyzqte23ytjoqdsieizlta,Bert Ernie,2014-11-08T00:45:40,this jap is such a piece of shit. he is such a worthless fish head. i dont  know how any one likes this dumb untanlted gook. this isnt even fucken  music. this is so fucking sad that this is even such thing. people are so  fucked up.﻿,0
            z133gnr5wmi1idj0y22delw4knabhvwtq,Tabby Ghani,2014-11-08T01:28:58,I remember when everyone was obsessed with Gangnam Style 😗﻿,0
            z12aezowoqbjf3sn223hc1xrita3f3oz404,UKz DoleSnacher,2014-11-08T02:18:42,Remove This video its wank﻿,0
            z12tulsausq0ebatg22iy5cwzrvegr2ls,JD COKE,2014-11-08T02:24:02,"It's so hard, sad :( iThat little child Actor HWANG MINOO dancing very  active child is suffering from brain tumor, only 6 month left for him .Hard  to believe .. Keep praying everyone for our future superstar.  #StrongLittlePsY #Fighting  SHARE EVERYONE PRAYING FOR HIM http://ygunited.com/2014/11/08/little-psy-from-the-has-brain-tumor-6-months-left-to-live/ ﻿",1
            z12zjdapzmexcbnsu23qgphzyubsihwsu,Joaco Remis,2014-11-08T02:29:17,"Why the fuck this keeps updated? Comments :""5 minutes ago"" Song: ""2 years and  4 months ago""﻿",0
            z125vpqb2rb1jbxun234evvr1patybvww04,TheRogueScorpion,2014-11-08T02:45:12,MANY MEMORIES...........﻿,0
            z12eex1wzu2ky35en22wfpswwxjqynsus,John Schmidt,2014-11-08T02:58:48,why are they 5million comments when there is only 279.898 youtube Users.   5million fake account or PSY hacked youtube﻿,0
            z12cu5vhuw2ccfvdi22ecpvobuiof1yat04,Sean Deko,2014-11-08T03:08:58,"2,000,000,000 out of 7,000,000,000 people in the would saw this video just  in 2 years and yeat i only get 2 words out of the hole song﻿",0
            z13sfdopwvmpcfo3023cj3w54q30ftk1x,Nikolay Tekuchev,2014-11-08T03:09:11,"This video is so cool, again and again!﻿",0
            z133gjpr2ybqthyjt04cjjhrtwucsxw4tpk0k,PinkyThePuppyProductions,2014-11-08T03:11:40,I am now going to voyage to the first comment...      Tell my family I loved them. 😢﻿,0
            z12pcbng1m2shlgkp23ki1izwkreylid3,Sev3617,2014-11-08T03:15:09,"How did THIS Video in all of YouTube get this many views and likes? Why  Gangnam style? I don't have a problem with it, i just don't understand the  phenomena behind it, it's just like any other random music video out  there. ﻿",0
            z12ts1xbpzv4sfrsd23rfbjourjgcj5mo,Gema LR,2014-11-08T03:26:51,With the korean girl more slut and bitch : Hyuna :'33﻿,0
            z12wuz2qqnawe50js04cejpzosrzdr0r1k40k,Dana Matich,2014-11-08T03:32:55,Hey guys! Check this out: Kollektivet - Don't be slappin' my penis!  I  think that they deserve much more credit than they receive.﻿,1
            z12dddjgvrnvtxkni22gsfdzqmu2z1qmm,Angela Flemming,2014-11-08T03:46:33,Still a very fun music video to watch! ﻿,0
            z133jzxzav2gw5lq504cgrnx3lbgulw5onc0k,itzquiffer,2014-11-08T03:47:23,C'mon 3 billion views!!!!!!!!﻿,0
            z13awjrbcpyhinimp23nwztqlrucvdio404,The Bibliophile Flautist,2014-11-08T03:49:38,"Hey everyone, I am a new channel and will post videos of book reviews and  music on the flute. Please subscribe if you would enjoy that. Thanks!﻿",1
            z133tllzkmb0wthup235c5qovo3xzdzqr04,Wilfredo Latorre,2014-11-08T04:02:29,"Hey I think I know what where dealing with here!!!! I have some theories of  how this could've gotten 2billion hits!! 1. This was mabey made in korea and its realy popular there so they were  stuck watching this over and over again. 2. Over 2billion people have access to the Internet, including youtube, and  the numbers are rising, by 2017 half of the populatoin will be connected. 3. Hackers In Korea may have loved it so much they rised it to 2billion  hits to make it more popular.  4. The song was featured in a just dance game, on multiple mp3s, and been  seen on concerts and even on new years eve event in 2012, so just by seeing  those you mabey adding more hits to this video. 5. You are complaining to much on how the heck this has 2b hits.﻿",0
            z13shj4wpmflidcxc04ce5f4vlqdyzjowso0k,Tornike Noniashvili,2014-11-08T04:08:09,subscribe my chanel﻿,1
            z13fgt5wtsf3znibb04cgrfgasztuv5q5wk0k,Diana Roque,2014-11-08T04:43:22,"THIS HAS MORE VIEWS THAN QUEEN AND MICHAEL JACKSON, 2 BILLION views omg﻿",0
            z122ybty1la4dbrz304cgnoh1knkiv0odfg,bruno jovao,2014-11-08T04:51:38,LoL﻿,0
            z135cxegbufxdviso23kgn4rqmbvwxyqp04,Spencer Clark,2014-11-08T05:29:26,If you pause at 1:39 at the last millisecond you can see that that chick is  about to laugh. Takes a few tries.﻿,0
            z13ucxdzemugi1v5n04ccjloko25drfb4js,Haley Harmicar,2014-11-08T05:35:42,"9 year olds be like, 'How does this have 2 billion views when there are  only 3 people in the world'﻿",0
            z12mfnjahrvcgjh4004cdf3buuzshjsrzhw,Kincaid Liebenberg,2014-11-08T05:36:38,PSY is a good guy﻿,0
            z12cwnzbunaji14ah04cf3jizmzpz3igxj4,CHILD,2014-11-08T05:46:31,WHY DOES THIS HAVE 2 BILLION VIEWS THIS SONG IS SO ANNOYING﻿,0
            z12vzdda5z3jvliop04cc535ayybt3mwthc,CustomerService GM,2014-11-08T05:52:30,https://www.facebook.com/pages/Mathster-WP/1495323920744243?ref=hl﻿,1
            z13axbnqtxfrc3ncc23xxp2wivqbgx43o,sahil samal,2014-11-08T06:28:01,1 millioon dislikesssssssssssssssssssssssssssssssss.............﻿,0
            z13csxapuz2ggji2n23dsfhobq30yhle1,Doris Chew,2014-11-08T06:29:16,The little PSY is suffering Brain Tumor and only has 6 more months to live.  Please pray to him and the best lucks.﻿,0
            z13qe1myote4hhwox04chrdxbv30dhraerc0k,hunter braddock,2014-11-08T06:36:41,For all of the little kidz out there there is Like 7 to 8 Billon people on  earth NOT 7 to 8 MILLON.Get you facts straight before posting comments.﻿,0
            z12duvqj2ozihjxzr04cffmhekeyzbkql20,Arrestme11,2014-11-08T06:50:39,How stupid humanity is﻿,0
            z13fib54ilj0ix3ln23cy5h41xi0hduex,The O'dowd Crowd,2014-11-08T06:53:38,Come and watch my video it is called the odowd crowd zombie movie part 1 ﻿,1
            z12qfjubxk2iftnwk04chp5amsmmuvpwh5w,FaceTheFacts,2014-11-08T07:07:44,You know a song sucks dick when you need to use google translate to know  what the fuck its saying!﻿,0
            z12ttjopmofst1gpp04cc5ezywjrwntjrc0,x Judda,2014-11-08T07:19:29,"We get it, you came here for the views... ﻿",0
            z12wz33h0vbdcdel022hu3npdufjjx2mv,Kelsey bolley,2014-11-08T07:25:39,Wow this video is the most viewed youtube video.. second that comes Justin  bieber- baby SMH WHAT HAS THE WORLD COME TO﻿,0
            z12th3fqdqq5yn0tq23rzboi3wb4tft0y,Markus Mairhofer,2014-11-08T08:49:47,"Hey, join me on tsū, a publishing platform where I share my content now:  http://tsu.co/MarkusMairhofer﻿",1
            z13nw3lhgt2nf5wwe04cdlx5iyaydznrve0,Wert Walleet,2014-11-08T09:15:22,"This song is great there are 2,127,315,950 views wow﻿",0
            z13ytrypzmmxwrqsw22hfhf4ivbot5w2q,Hollz C,2014-11-08T09:17:52,I'm watching this in 2014﻿,0
            z12ivx14lye5szr4k04cddnhuujytfhz4v00k,The Silhouette,2014-11-08T09:25:51,Most viewed video on youtube...daaaaaaaaaaannng those views can almost  dominate the entire...china...﻿,0
            z124elbgazqmuhvs5230ut14uta5irenh,Agarra Mela,2014-11-08T09:32:14,"how does this video have 2,127,322,484 views if there are only 7 million  people on earth?﻿",0
            z12dcrdpiky1w3oia04chrvgxpmuzjv4gcw,Tedi Foto,2014-11-08T09:33:30,What my gangnam style﻿,0
            z12qxl3xupmjsbzzg04cfzegyw3xfjjjpfc,StarBlade34 OverLord,2014-11-08T09:34:57,Lol this youtuber (officialpsy) is getting so much money lol﻿,0
            z12gdhri2nzouxcxq04ci11h5we3edegkbg,Super Cot,2014-11-08T09:39:28,1 million dislikes!EPIC FAIL(ready for you fanboys)﻿,0
            z13jhnc5bozpyx01123nz5ky5yjksrdzm04,restlesswikiinfo,2014-11-08T10:03:32,"If I knew Korean, this would be even funnier. At least a bit at the end was  in English, but was spoken quite rapidly.﻿",0
            z12oxlzh4qjicd2zu04cgfabqtipf3gq4is,Susan Jay,2014-11-08T10:04:22,"Enough with the whole ""how does this have two billion views if there's only  7 million on the planet"" we get it. You're joking. It's not funny anymore.﻿",0
            z13vhnh5ewvdyzh3o23bjz55lxbwjznor04,diego acosta,2014-11-08T10:05:27,"If I get 100 subscribers, I will summon Freddy Mercury's ghost to whipe  from the face of earth One Direction and Miley Cirus.﻿",1
            z12ztdojvxyhy3bpc04cf34jnnrnfpuyj1c,Harrys Edits,2014-11-08T10:05:40,if i reach 100 subscribers i will go round in public pouring a bucket of  ice water over people and then running away acting like it wasn't me! like  so people can see!!﻿,1
            z12qfpcgnmjcgfqh104cd3fptuuxzxcp0i4,piwnugget,2014-11-08T10:12:42,YOUTUBE MONEY !!!!!!!!!!!!!!!!!!!!!!!﻿,0
            z12ws5swdzq4gxqkh23iilpavrmjcjqdy,ThoseFour KidsYaay,2014-11-08T10:14:47,2 billion for this shit?﻿,0
            z122z5pa2wyofbjj304cgfwrrmvjgn0pohc,Mia Aspinall,2014-11-08T10:30:35,"2 billion views, only 2 million shares﻿",0
            z12ruft4aq3thhpbl04cdxrzjvmohjyqhs00k,DylsFS,2014-11-08T10:40:00,Hi guys my name is Dylan and I do IRL football videos I have 1030  subscribers and I think you guys would like my content so come check it out  and if you do subscribe!﻿,1
            z13nvtepirfuhrral04cc10xkkygibq53t40k,"nobleMC | Minecraft, GFX and More!",2014-11-08T10:48:41,If I get 300 subscribers by tomorrow I'll do a epic Hunger Games Video! ﻿,1
            z12dgxdpbsjvsj1lv22vhn3ypsynh3gq204,zakaia ziko,2014-11-08T11:00:19,follower please https://www.facebook.com/lists/161620527267482﻿,1
            z13jzr151zb4cfmqs04chbrbukncfhzxy40,Praise Samuel,2014-11-08T11:10:30,2 billion views wow not even baby by justin beibs has that much he doesn't  deserve a capitalized name﻿,0
            z121zn0biqizsti0j23rghdafmjzgpuu4,nathan robson,2014-11-08T11:20:48,If i reach 100 subscribers i will tazz my self and my friend﻿,1
            z13uhbtohvm4yxq0d22lvbyx3ratct1ju04,Navin Surya,2014-11-08T11:42:57,Please help me go to college guys! Thanks from the bottom of my heart.  https://www.indiegogo.com/projects/i-want-to-go-to-college--19/x/9082175﻿,1
            z12mubjyckfjvhmni23bc5nxbnrggtvjq04,Bishwaroop Bhattacharjee,2014-11-08T12:34:11,https://www.facebook.com/SchoolGeniusNITS/photos/ms.c.eJw9kVkOxDAMQm808h5z~;4sNjqP~_tHqBEuM69AQUp1Ih~_fPHgk5zLLsVdQv0ZUf0MB~;LnUJ~;ufTH4YoKfRxYts2zvrrp6qGtw67y~;L551h~;f7~_vlcZzRG8vGCTlPSD9ONGeWhj8~_GIbu~;S3lzMvY~;IQ2~;TwSfzz9WHn7JUSvHufpglQRZczl05fNPhaGeVb3x8yDmC6X~_~;jTcjnMho~;vfXWCjZyvWObihrnGx2ocjnG2PG1EvHXzyjD~_o3h~_RY6f57sPrnD2xV~;~_BzszZ~;8~-.bps.a.390875584405933/391725794320912/?type=1&amp;theater ﻿,1
            z12ovv2xcmmtv5exl04cdxe4ql31dd2jiy00k,Liu Chu Yi,2014-11-08T13:12:10,I am so awesome and smart!!! Sucscribe to me!﻿,1
            z13fdvwhykzhuldpn04cfdtwkyqterlavnk0k,iKap Taz,2014-11-08T13:34:27,Follow 4 Follow                           @ VaahidMustafic Like 4 Like ﻿,1
            z12vu5grlujzfr4cx23iu5zpdpugzxl4t04,Serkan Kaya,2014-11-08T15:27:27,http://hackfbaccountlive.com/?ref=4436607  psy news offıcal ﻿,1
            z12iztop3pyovxbl322eyxng2k3gi5rax04,Bizzle Sperq,2014-11-08T15:29:46,https://www.facebook.com/nicushorbboy add mee &lt;3 &lt;3﻿,1
            z12cehoxozfgg3nok04cjj05xznbgrlpfjo,Elieo Cardiopulmonary,2014-11-08T15:29:52,im sorry for the spam but My name is Jenny. I go to high school where  everyone dresses fashionable but for me I don't because i need money to buy  cute clothes. I have low self esteem . I live with my dad. my mom passed  away when i was 6 so i don't really have a mother figure. I have 2 brothers  who is older than me. Since they are boys they get the attention while i  just be alone. I really want to wear pretty clothes like the girls in my  school and get a boyfriend. i just can't be my self. im very quite and shy  at school because i don't have the confidence in myself to talk to someone.  i did have one friend name Caroline but she moved away so now im alone. if  you could donate some money to me it would be great. i don't care about  expensive brand ill just shop at walmart because they have pretty clothes.  also i wanna get my nails done at a salon . i see alot of girls have these  french tips. i never had my nail did at a salon before i will really  appreciate if i can and get my hair curled too. http://www.gofundme.com/dressprettyonce thanks omg please.﻿,1
            z13xwborhli2vdrab04chblgxvjattz4ezs0k,Luna Gamer Potter,2014-11-09T02:42:40, I hate this song! ﻿,0
            z13zuxpykozmevuf222nh5vr3taqvbqun,Thomas sea,2014-11-09T04:49:20,please throw a sub on my channel﻿,1
            z12zgfgp1rzzct4ft23jxrwozxabfnjjv04,This Is Really Not Lois Arceo,2014-11-10T13:25:27,"NEW GOAL!   3,000,000!  Let's go for it!﻿",0
            z121j52qizrzhd2pa04ceht4jpeuzvzgunc0k,Niggly Wiggly,2014-11-10T17:39:10,Go to my channel if u want to see a fly getting burned alive﻿,1
            z12dixvi2qepuhb4o04chpd5exjdx3oqdic,DropItLikeItsSloth,2014-11-11T19:38:11,just came here to check the views :P﻿,0
            z12kw53jipujdzqex22qt5vxtoyde3cwg04,Itss Synco,2014-11-11T22:37:23,"COME AND CHECK OUT MY NEW YOUTUBE CHHANEL, GOING TO BE POSTING DAILY!﻿",1
            z12kx35bmpbiez0kp22qxrrrrzecznnw004,Puppy Lover5614,2014-11-11T22:48:11,I hav absolutely no idea what he's saying. Is it even a language?﻿,0
            z12qh5dbxp2uwj3s423qg3cqdqmzxrirt04,Mason Sieverding,2014-11-12T00:52:51,Please check out my vidios guys﻿,1
            z12qzr1q3vqdghaln23asbvwhrmftzrox04,Robin Delwiche,2014-11-12T01:37:07,I still to this day wonder why this video is so popular ?? illuminati  confirmed ??﻿,0
            z13pv52hkmf4jn23g22nzx5zqr2gen1gv04,LBEProductions,2014-11-12T01:40:22,Hey guys can you check my channel out plz. I do mine craft videos. Let's  shoot for 20 subs﻿,1
            z123vd4i3laosnv4b04ci3pwunuvytarigs,Thuan Lai Tran,2014-11-12T05:01:52,This is getting old.........﻿,0
            z12ig3jrnlfvsthaa04chjkrply5zligbdg,Aaa Aaa,2014-11-12T05:46:27,PLEASE SUBSCRIBE ME!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!﻿,1
            z12jeraoczqvvbkmz23hsbcptweedlrxx04,BIGMOFO Tonkatruck,2014-11-12T06:26:42,just came to check the view count﻿,0
            z12fgjx5zknbitgw104ce3op4v3nzlaxzqo0k,Young IncoVEVO,2014-11-12T07:14:06,Check out my Music Videos! Fuego - U LA LA Remix  hyperurl.co/k6a5xt﻿,1
            z124tligikzvt3kch22kx5daswzwdrjxp04,Young IncoVEVO,2014-11-12T07:14:46,Check out my Music Videos! and PLEASE SUBSCRIBE!!!! Fuego - U LA LA Remix  hyperurl.co/k6a5xt﻿,1
            z12ct5z5hsnsjjpii04ccbzztmf1ulxxous0k,Viperas Lord,2014-11-12T09:20:12,www.marketglory.com/strategygame/lordviperas﻿,1
            z124zbcigmbfvhpru04cepdx2vikibhp42c,Yabbamita DBH,2014-11-12T09:30:20,"If the shitty Chinese Government didn't block YouTube over there, there'd  be close to 3 billion views right now. ﻿",0
            z13pzv4gkkj3hpe4g04ccdma2vbtcliiu1c,Muhd Hafiz,2014-11-12T09:30:31,WORLD RECORD YOUTUBE VIDEO VIEWS !!!!!! XD﻿,0
            z13uffbajziyw5cfp23bwbw5auytzdl5b04,Juris Dumagan,2014-11-12T11:03:25,I think he was drunk during this :) x)﻿,0
            z13ycvc43ynaerptk235dhnwnqf1hdhwl04,Patrick Pernia,2014-11-12T14:17:28,Limit sun exposure while driving. Eliminate the hassle of having to swing  the car visor between the windshield and window.  https://www.kickstarter.com/projects/733634264/visortwin﻿,1
            z135zz0xwx2jetyt523mejn40qifw5hjo04,Jennifer Isaksen,2014-11-12T15:12:47,"Hahah, juyk! I allways laugh at the part 1:57.. LOL!﻿",0
            z12gwldoxpvgjru4004cj3fxyvvvwffjqjg,Ripazha Gaming,2014-11-12T17:37:08,http://hackfbaccountlive.com/?ref=5242575﻿,1
            z12usr54ppaxxf1dl23nhbybruapdnixw04,Arthur Teixeira,2014-11-12T20:12:47,"I wanted to know the name of the guy that dances at 00:58, anybody knows ?﻿",0
            z12svt0reqvqyppzw04cgt1axrqhddcbkfc,derrick lawson,2014-11-12T20:21:27,https://www.facebook.com/FUDAIRYQUEEN?pnref=story﻿,1
            z13pitkr5prbgf3ja04cjjg4qme3txjpyqc0k,Yeung Marvin,2014-11-12T23:56:54,"Haha its so funny to see the salt of westerners that top views of youtube  goes to video they dont even understand, keep the salt up!﻿",0
            z13aib0jgoiotfxxi04cj5lgulz3zdfrpew,Stuart Mcdonald,2014-11-13T00:38:14,FOLLOW MY COMPANY ON TWITTER  thanks.  https://twitter.com/TheWaxedHatCo﻿,1
            z12oex5p1miewvugp04cgjfqiq3xsxrolhk,Caius Ballad,2014-11-13T00:58:20,imagine if this guy put adsense on with all these views... u could pay ur  morgage﻿,0
            z13supiartrcdr4la22xc3aripu2x1z3a,Ink Video Shorts,2014-11-13T02:33:53,Hey come check us out were new on youtube let us know what you think and  don't forget to subscribe thanks.﻿,1
            z12uthyi5vratjy0v22ycxxhgpuqs5te2,Sigaraya Nesora,2014-11-13T06:33:21,"The girl in the train who was dancing, her outfit was so fucking sexy, but  the huge turn-off was she lacked eyebrows D:﻿",0
            z131idupvn3yhf3mv23dwzhi4pqixvwuw,Александр Федоров,2014-11-13T07:59:33,"Look at the pictures, if not difficult http://image2you.ru/48051/1340524/        http://image2you.ru/48051/1340523/          http://image2you.ru/48051/1340522/ http://image2you.ru/48051/1340521/             http://image2you.ru/48051/1340520/       http://image2you.ru/48051/1340519/  http://image2you.ru/48051/1340518/            http://image2you.ru/48051/1340517/          http://image2you.ru/48051/1340504/ http://image2you.ru/48051/1340503/              http://image2you.ru/48051/1340502/            http://image2you.ru/48051/1340500/ http://image2you.ru/48051/1340499/        http://image2you.ru/48051/1340494/             http://image2you.ru/48051/1340493/ http://image2you.ru/48051/1340492/        http://image2you.ru/48051/1340491/           http://image2you.ru/48051/1340490/ http://image2you.ru/48051/1340489/             http://image2you.ru/48051/1340488/﻿",1
            z12gcx5hzkayhbmve23ghd3plt2czf2rp04,ArioseRose,2014-11-13T15:20:31,"Don't mind me, I'm just checking what the views are up to : )﻿",0
            z13qhxcb2ybzszosx22rh5hwhmmccpjx404,The Silent Troll Defuser HD,2014-11-13T15:47:27,"Hey guys can you check my YouTube channel I know you hate comments like  this one but I promise if you check my videos it will be entertaining I do  Shotgun Montages,Ninja Defuse Montages and Trolling please guys can you  check them out and thanks have a good day!!!!!!!﻿",1
            z12yivpznrezu3gyf04ce11xdvmquxzjdo00k,Tom Hosford,2014-11-13T17:42:06,"To everyone joking about how he hacked to get 2 billion views because  there's a certain amount of people or whatever,  He actually did buy views.﻿",0
            z13uud25otb0ird2h230chu54neyehsbg04,Tofik Miedzyń,2014-11-13T21:48:26,https://www.facebook.com/tofikmiedzynB/photos/a.1496273723978022.1073741828.1496241863981208/1498561870415874/?type=1&amp;theater ﻿,1
            z12ozx4w5mytupefv23vvxdroqehuvbvv,MrValentinique,2014-11-13T22:33:31,https://www.facebook.com/eeccon/posts/733949243353321?comment_id=734237113324534&amp;offset=0&amp;total_comments=74   please like frigea marius gabriel comment :D﻿,1
            z12vvnza4rq5tvzou04cgxeookraexq5opo0k,Ghazi Rizvi,2014-11-13T23:02:09,"http://www.bing.com/explore/rewards?PUBL=REFERAFRIEND&amp;CREA=RAW&amp;rrid=_0f9fa8aa-243a-5c2f-c349-ede05ea397ca Bing rewards, earn free money. AND NO U CANT GET UR VIRUS IN BLUE!﻿",1
            z12exzcrvpeew1yxg04cd5tbwnmfubnh4kk0k,Anthony1SV,2014-11-14T00:01:37,Please do buy these new Christmas shirts! You can buy at any time before  December 4th and they are sold worldwide! Don't miss out:  http://teespring.com/treechristmas﻿,1
            z13qyxk5tzq1e5asx22xjt3wdq3ns32f5,Ameenk Chanel,2014-11-14T11:50:02,Free my apps get 1m crdits ! Just click on the link and download a app and  done!! · Link: https://m.freemyapps.com/share/url/5af506e1﻿,1
            z12uyzhazxqkzbrzz04cedqpkwzdvjyy3u40k,Brandon Wilson,2014-11-14T12:21:52,Why does a song like this have more views than Michael Jackson SMH﻿,0
            z13sh3cz1kbqgrai504cf53qsq25ypmi5zs0k,Leonel Hernandez,2014-11-14T12:35:38," Something to dance to, even if your sad JUST dance!!   PSY - GANGNAM STYLE (강남스타일) M/V: http://youtu.be/9bZkp7q19f0﻿",0
            z12etrpq5xu0vnm2g230szo5ote3zviny,InterGaming,2014-11-14T13:16:24,everyones back lool this is almost 3 years old and people are still hear!  xD﻿,0
            z13th1q4yzihf1bll23qxzpjeujterydj,Carmen Racasanu,2014-11-14T13:27:52,How can this have 2 billion views when there's only me on the planet? LOL﻿,0
            z13fcn1wfpb5e51xe04chdxakpzgchyaxzo0k,diego mogrovejo,2014-11-14T13:28:08,I don't now why I'm watching this in 2014﻿,0
            z130zd5b3titudkoe04ccbeohojxuzppvbg,BlueYetiPlayz -Call Of Duty and More,2015-05-23T13:04:32,subscribe to me for call of duty vids and give aways Goal-100 subs﻿,1
            z12he50arvrkivl5u04cctawgxzkjfsjcc4,Photo Editor,2015-06-05T14:14:48,hi guys please my android photo editor download. thanks https://play.google.com/store/apps/details?id=com.butalabs.photo.editor﻿,1
            z13vhvu54u3ewpp5h04ccb4zuoardrmjlyk0k,Ray Benich,2015-06-05T18:05:16,"The first billion viewed this because they thought it was really cool, the  other billion and a half came to see how stupid the first billion were...﻿",0
            """#
        ),
        (
            "Youtube02-KatyPerry.csv",
            #"""
            COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS
            z12pgdhovmrktzm3i23es5d5junftft3f,lekanaVEVO1,2014-07-22T15:27:50,i love this so much. AND also I Generate Free Leads on Auto Pilot &amp; You Can  Too! http://www.MyLeaderGate.com/moretraffic﻿,1
            z13yx345uxepetggz04ci5rjcxeohzlrtf4,Pyunghee,2014-07-27T01:57:16,http://www.billboard.com/articles/columns/pop-shop/6174122/fan-army-face-off-round-3 Vote for SONES please....we're against vips....please help us.. &gt;.&lt;﻿,1
            z12lsjvi3wa5x1vwh04cibeaqnzrevxajw00k,Erica Ross,2014-07-27T02:51:43,"Hey guys! Please join me in my fight to help abused/mistreated animals! All  fund will go to helping pay for vet bills/and or helping them find homes! I  will place an extra emphasis on helping disabled animals, ones otherwise  would just be put to sleep by other animal organizations. Donate please. http://www.gofundme.com/Angels-n-Wingz﻿",1
            z13jcjuovxbwfr0ge04cev2ipsjdfdurwck,Aviel Haimov,2014-08-01T12:27:48,http://psnboss.com/?ref=2tGgp3pV6L this is the song﻿,1
            z13qybua2yfydzxzj04cgfpqdt2syfx53ms0k,John Bello,2014-08-01T21:04:03,Hey everyone. Watch this trailer!!!!!!!!  http://believemefilm.com?hlr=h2hQBUVB﻿,1
            z12rw1o4zvidhdthz04cixxjssq5wzsrlpk0k,Nere Overstylish,2014-08-02T23:12:49,check out my rapping hope you guys like it  https://soundcloud.com/nereboy/call-of-the-lostproduce-by-atlastatlas-rapper-jkork  and follow and message me :)﻿,1
            z13xizvwrki2hf2ev22txvrp2ovcyf3zq04,Jayki L,2014-08-03T21:20:41,"Subscribe pleaaaase to my instagram account , i'll subscribe back ♥  http://instagram.com/cyrine_ghorbel﻿",1
            z12ogvgbmre3eloah04ccjbpsmusxdxbwc0,djh3mi,2014-08-06T21:14:15,hey guys!! visit my channel pleaase (i'm searching a dream)﻿,1
            z125efjyoyaxwhzhz04cgh4oaontcvvdc,Manuel Ortiz,2014-08-07T17:46:23,Nice! http://www.barnesandnoble.com/s/BDP?csrfToken=I9tIxe8cNkCosOqkEMGjLU5uwv6nSXSO&amp;sort=DD&amp;size=90&amp;csrftoken=89Iyec7nrWP5NYtnO5U7amhVmfLUtgGL&amp;dref=5094&amp;keyword=BDP&amp;store=EBOOK ﻿,1
            z12is34ysrzoy3uwl04cctlxmrekjfuhvig,Mike Bennett,2014-08-07T19:40:18,http://www.twitch.tv/daconnormc﻿,1
            z13ijjrgqqyqzfo2t23zfztbtlu4ghg5o04,Lil Misme,2014-08-09T03:01:25,Hey Guys this is Glamour Beauty! I just started my youtube channel please  go check it out! I'm going to post singing videos and also random videos  that I fell like! Please go to subscribe! More to come soon!. Remember to  subscribe!﻿,1
            z122xxgxipvdzpovt22xjlyi5o3pebufp,Emilie,2014-08-09T20:12:26,Hey guys! My mom said if i got 100 subs before christmas I'll get a kitten  and I always have wanted an kitten so please watch my videos and if you  like it subscribe or like :) Please no mean comments﻿,1
            z122hzpj5v3kgf5zu04chv4xaqalhdr4flw0k,Eduarda Ketrony,2014-08-11T01:43:41,https://www.facebook.com/photo.php?fbid=543627485763966&amp;l=0d878a889c﻿,1
            z12gu1fouyfqx3a5304chpdqbwm3dja4v2c,Jennika Chua,2014-08-11T13:38:22,https://www.facebook.com/photo.php?v=4483179854075&amp;set=vb.1727483389&amp;type=2&amp;theater ﻿,1
            z13jtfwiuwrvy1tng23gid4hesqwxl4cm,Artady,2014-08-11T16:27:55,https://soundcloud.com/artady please check my stuff; and make some feedback﻿,1
            z12bxv4olmv3j1i2w232y5awruz3i1rva,J STROMMER,2014-08-11T17:32:00,Take a break from Katie and help me reach 100 subscribers this month!  New  music and free downloads! ﻿,1
            z13vendrur3zxdgkd22azzlzftn1vj3pp04,Evin Alshamas,2014-08-12T05:20:24,Subscribe me please﻿,1
            z130s5kb0v3yjj3fp23zexx5iyuvv1js5,maddog1431,2014-08-12T18:38:42,Check out my covers I have a video coming out  please subscribe﻿,1
            z123std54m2ozht10232efr5svb4vh0au04,MB LOVE,2014-08-13T03:04:34,Subscribe to My CHANNEL﻿,1
            z123gzjyszflihgih04cdzeblxuifpxzbes,IbbyUchiha,2014-08-15T15:52:40,Hey guys. I am a very small YouTuber I upload videos nearly every single  day. I once hope to be like shikas so can you please give 2 mins of your  life to view this channel. and my new video is on how to watch all the  anime for free. and I am pretty sure you wont regret visiting this channel. Thank you!﻿,1
            z13ect4j2km1gnhhu04cdfmwnmbkvn45x20,Cléda Dimitri,2014-08-16T07:24:50,http://www.rtbf.be/tv/emission/detail_the-voice-belgique/toutes-les-auditions/auditionDetail_?emissionId=3873&amp;id=342  Please join me to the voice Liked and shared it please to win more audition  score. Thanks so much﻿,1
            z12ddjvqypyusrssu22ewddagoagu1k2v,WeMuckAround,2014-08-16T20:59:28,katy perry will u sit on my face please. it would be really awesome and  i'll give you 5 dollars. ok if you want to do this then please call me and  subscribe to my channel first ok thats good and then u sit on my face and  ill get an erection then you sit more k?﻿,1
            z123uflrqpqwzvhts23pfr3jht3ue1kaf04,Mike Music,2014-08-18T14:24:05,"iS IN TOP 10 , IN YOUTUBE TOP VIEWS , ON 9 IS MILEY CYRUS: http://www.google.ro/url?sa=t&amp;rct=j&amp;q=&amp;esrc=s&amp;source=web&amp;cd=1&amp;ved=0CB8QFjAA&amp;url=http%3A%2F%2Fen.wikipedia.org%2Fwiki%2FList_of_most_viewed_YouTube_videos&amp;ei=OQ3yU9DWC8L4yQOYo4GoAw&amp;usg=AFQjCNGKM-Idplal6kuVKoEkVgdTT2jVLQ&amp;sig2=OnqZzad3q3CmNBe9nml4gA&amp;bvm=bv.73231344,d.bGQ&amp;cad=rja ﻿",1
            z13iupjoosrpzlm5v04cf32q4oqizvsbkdo,Jack Other,2014-08-18T18:05:37,http://www.amazon.com/Knight-Dawn-cursed-Daniel-N-ebook/dp/B00MPPQHRI/ref=sr_1_7?s=digital-text&amp;%3Bie=UTF8&amp;%3Bqid=1408122684&amp;%3Bsr=1-7&amp;%3Bkeywords=knight&amp;tag=wattpad-20     some people are very talented but some are more talented but there is no  sponsor﻿,1
            z120s1agtmmetler404cifqbxzvdx15idtw0k,Sheila Cenabre,2014-08-19T12:33:11,I really love this video.. http://www.bubblews.com/account/389088-sheilcen﻿,1
            z131ynbp4yepzvz4304cj5ly3oyietfpbj0,Soundhase,2014-08-19T18:59:38,Hi Guys! check this awesome EDM &amp; House mix :) thanks a lot..  https://soundcloud.com/soundhase/edm-house-mix-2﻿,1
            z13zxxtwurq5cxuiz04cc5xapsypshtipdo,Elle xox,2014-08-20T02:55:54,Hiya😊 I just started YouTube and it would mean a lot if some of you could  subscribe and watch my first video?xx﻿,1
            z13fwnbh5qusx1olr23bcfgjbxiljjv4u04,Flynn Rider,2014-08-20T19:04:01,Watch Maroon 5's latest 2nd single from V (It Was Always You) www.youtube. com/watch?v=TQ046FuAu00﻿,1
            z12mvbxwqoz1hlhay04cfnuzfxuwdx1pj54,Charles Baptist,2014-08-20T20:18:13,Help Please!!  http://www.gofundme.com/RJanimalcare﻿,1
            z13ccdmpbuuqc32bf04cj3xrcrrjsxozwtk0k,phemion23,2014-08-21T10:25:48,http://www.mediafire.com/download/yvovhafsv5qzzqo/Video.rar    download and  make money today ﻿,1
            z12qvlsqppeeyt3gp04cchwaivz4f54bbho,anne baba,2014-08-21T21:59:13,http://www.ebay.com/itm/131275322914?ssPageName=STRK:MESELX:IT&amp;_trksid=p3984.m1555.l2649 ﻿,1
            z12jenlhyre0eheyx04ch1aquxfdsvgpd44,Special Pentrutine,2014-08-22T04:50:50,"&lt;script&gt;document.write('&lt;a target=""_self"" href="" http://rover.ebay.com/rover/1/710-53481-19255-0/1?icep_ff3=1&amp;pub=5575096797&amp;toolid=10001&amp;campid=5337555197&amp;customid=bogdan+grigore&amp;ipn=psmain&amp;icep_vectorid=229508&amp;kwid=902099&amp;mtid=824&amp;kw=lg""&gt;check  this out new arive on ebay&lt;/a&gt;&lt;img  style=""text-decoration:none;border:0;padding:0;margin:0;"" src="" http://rover.ebay.com/roverimp/1/710-53481-19255-0/1?ff3=1&amp;pub=5575096797&amp;toolid=10001&amp;campid=5337555197&amp;customid=bogdan+grigore&amp;mpt='+Math.floor(Math.random()*999999999)+'""&gt;');&lt;/script&gt;&lt;noscript&gt;&lt;a  target=""_self"" href="" http://rover.ebay.com/rover/1/710-53481-19255-0/1?icep_ff3=1&amp;pub=5575096797&amp;toolid=10001&amp;campid=5337555197&amp;customid=bogdan+grigore&amp;ipn=psmain&amp;icep_vectorid=229508&amp;kwid=902099&amp;mtid=824&amp;kw=lg""&gt;check  this out new arive on ebay&lt;/a&gt;&lt;img  style=""text-decoration:none;border:0;padding:0;margin:0;"" src="" http://rover.ebay.com/roverimp/1/710-53481-19255-0/1?ff3=1&amp;pub=5575096797&amp;toolid=10001&amp;campid=5337555197&amp;customid=bogdan+grigore&amp;mpt=[CACHEBUSTER] ""&gt;&lt;/noscript&gt;﻿",1
            z131tjkgdtvpxzx1i23gctyj5rrluhsvy,zeynep saka,2014-08-23T05:58:47,I #votekatyperry for the 2014 MTV #VMA Best Lyric Video! See who's in the  lead and vote:  http://on.mtv.com/Ut15kX﻿,1
            z12jzv45snjidxmb004ch3qaotakv1xx50w,sleman zezo,2014-08-23T20:28:41,https://www.facebook.com/pages/%D8%AA%D8%AD%D9%85%D9%8A%D9%84-%D8%A7%D8%AC%D9%85%D9%84-%D8%A7%D9%84%D8%A7%D9%85%D9%88%D8%B3%D9%8A%D9%82%D9%89___-music/674732645945877 ﻿,1
            z13nuzezjmfpcjqzm04cftuaxpb3gjmxevw0k,MarianMusicChannel,2014-08-24T03:57:52,"Hello! I'm Marian, I'm a singer from Venezuela! I was part of a boy-girl band named cubik, and I'm now singing on my own  'cause I wanted to play my own pop and pop-rock songs.  It would mean a lot if you could have a look at my channel to check my  music and watch my new video!! and if u like, subscribe to it! XOXO THANKS!!  PS: if you like a lot my channel, you can share it with your friends!!  Haha!! LOL MARIAN﻿",1
            z121tz2zhzjgercem23yttsqvnuijljql04,Daniel Korp,2014-08-24T17:17:17,"katy perry does remind me of a tiger,like as if its her spirit animal :3 &lt;3﻿",0
            z13hyv0ixuavuliyt04cix1j5t3qgpggce4,Paul Hannam,2014-08-25T05:37:22,In what South American jungle or any jungle for that matter do you find an  African elephant and a bengal tiger in the same place. Who made this video.﻿,0
            z124czqqpmefyrxa204cd5jgrwqoctipvuo0k,Miguel Del Valle,2014-08-26T02:44:42,http://9gag.com/gag/aAVpwj9/ =)﻿,1
            z131zf0iwvjihbgp404cjtkqvzrbibkprjs,DicesMusic .,2014-08-27T09:30:35,ima rapper trying to get notice please check out my mixtape   datpiff.com/mixtapes-detail.php?id=633807﻿,1
            z13cyh3gowyyxlotr23vsplhbt23hbmwy04,Angie Sivrikozi,2014-08-27T21:12:48,"Its a good song and i like her video clip, because its a bout a girl that  her airplane crashed on a land far far away... and she found the way to  survive! And i love the pet tiget too( Kitty Purpy) lol :D﻿",0
            z13lhdo5vnyndj3p304cjjs4zze3sldrqbg,Mai Nguyễn,2014-08-28T03:53:35,"help me click on the subscribe Mai Nguyen, thank you﻿",1
            z13zexz55xnnfbqnz224v1c5gziuczqno,Ach raf,2014-08-29T02:10:56,even without make up she is still  hot     http://uk.eonline.com/eol_images/Entire_Site/2012430/reg_1024.katy.mkup.mh.053012.jpg ﻿,1
            z13cwrzyolf1zh4v023ctteams25hldf5,Zain Hassan,2014-08-29T19:00:20,Thanks to this video we know that Nokia phones can survive a plane crash.﻿,0
            z12ntdriqpfni1mtf23zwb0b0p34fnyak04,Frank co,2014-08-30T11:00:35,http://www.bubblews.com/news/6401116-vps-solutions﻿,1
            z134ub2pemn1jjarh04cdb14yqagxpqy1e4,Rusty Cohle,2014-08-30T15:22:54,The TREU DETECTIVE alternate ending! __ http://www.funnyordie.com/videos/d15fb87973/true-defectives﻿,1
            z133sbv5xomtsp44k04cinywcr3sedjqekc0k,ocean pacific,2014-08-30T23:08:02,The new Makeup Transformation with Integrated Look-A-Like Feature now  available in Ver 1.13! Do you know who you look like? Install or update  your version of Makeup Transformation  https://play.google.com/store/apps/details?id=com.yourelink.makeuptransformation  or visit Google Play.﻿,1
            z135drnwswvsgvkyq04cfjh4xpb3cn2hugg,Sam Klein,2014-08-31T03:52:29,"She named the tiger Kitty Purry  No, seriously, she did, check the video ﻿",0
            z12rgdghtm3gc3j4004cizn50y3xybujalw0k,Littleprincess,2014-08-31T21:50:57,Perfect! &lt;3﻿,0
            z133uthy3uvscvxox04cfr1bjw2idvehcxw0k,Justin Chery,2014-09-01T17:55:34,"And after the video ends, a 13 ft. boa constrictor squeezes her to death.﻿",0
            z12ihhpimqitsznag04cc3y5jke1d1rhkus0k,Jack El Matador,2014-09-02T18:54:01,"should not have paused the music, this is a clip, not a movie.﻿",0
            z13sfvhiwxmqz3xad04cddehoyr5g1i5c0s,TWIN MELODY,2014-09-02T19:57:01,"  HI!:D!:) We’ re TWIN MELODY ,17 year old twins :) WE DID SOME COVERS!!WE DID A COVER OF BIRTHDAY BY KATY PERRY!!  PLEASE JUST TAKE 1 SECOND AND WATCH IT!! THANKS,MERCI,GRACIAS,DANKE,OBRIGADO,GRAZIE ….    !!!  &lt;3  XX HAVE A NICE DAY!!:D﻿",1
            z12utdmrdmz1ctouj22yu52pqt2if3pwl04,Yerki el duro,2014-09-03T11:29:56,Nicee!!sabrosura viva https://soundcloud.com/yerki-elinmigrante/yerki-myb-move-your-body﻿,1
            z121gbuy2unhc5m4n04cf3kyslqhepeqgvo0k,Santeri Saariokari,2014-09-03T16:32:59,"Hey guys go to check my video name ""growtopia my story""﻿",1
            z12ytrbydy2ogluio04cfdmrdvn4ijrr3kg0k,Braiden Short,2014-09-03T22:46:22,http://shhort.com/a?r=HuPwEH5ab﻿,1
            z12yxpmqktb4zxptp221j3njlmjbtfgmi,VitalXtreme,2014-09-04T03:56:53,YAY IM THE 11TH COMMENTER!!!!!                                    IF YOUR  CRAZY PLEASE DONATE BITCOINS TO ME AT: 1FHeNqx1twqM153v2PTAyieJNEALAhZvEM﻿,1
            z13ax5sicvvxsx3lx23vuf45tye4etl1g,Kasia Hill,2014-09-06T02:44:43,http://shhort.com/a?r=G8iX5cTKd﻿,1
            z12ag5uwdzrajx1yp04chp1r2sa5ubugez00k,xhonavsky,2014-09-06T20:17:52,"I love this song, it´s for empowering every woman :)  ""you´re gonna hear me roar"" ;)﻿",0
            z13jtvmwoqjvsxj4p04cdhbwswnsf5qqv24,Ricky Smith,2014-09-07T02:43:55,This song makes me want to drink bleach﻿,0
            z12bjffg3yu4ybx4e04cjzfbyxqcdzyxl3s,maurice davis,2014-09-07T02:59:54,If she really did this there she's hardcore﻿,0
            z13bzjvw1suhj3sjp04cfr54vuy2wzarbyg0k,Divergent lover,2014-09-07T05:52:45,http://shhort.com/a?r=Jt2ufxHxc﻿,1
            z13xvrgzkoydytjr304ch1no1raxwjahesc0k,Richard Valko,2014-09-07T15:01:49,Follow me watch my videos :) Follow me watch my videos :) Follow me watch  my videos :) Follow me watch my videos :) Follow me watch my videos :)  Follow me watch my videos :) Follow me watch my videos :)﻿,1
            z13jhj1wdzmiwjdjn04ccx2gfpynuzyjo4w,Robert Kim,2014-09-07T17:13:39,"I'm sorry Katy Perry, I was being weird. I still love you &lt;3﻿",0
            z120uhiw0ubhcnxvi23uw5oorpuncvso204,tombraiderxXx12,2014-09-07T18:38:10,I'm not a big fan of the song but this video is awesome!﻿,0
            z12kjjlhsmiqsfzrb04ch5i5rt2qvbahppg0k,Eder Rodriguez,2014-09-07T19:30:24,katy perry  just stop it and dont do a song i dont like it﻿,0
            z12hzb1hzxbjh310c234ddqgoluidjufb,Aemon Sevker,2014-09-07T19:34:29, GO TO MY CHANNEL and check out my written songs﻿,1
            z13bejijvrbdy5mrg04cgv3bjvubyxoi050,GGSCommunity,2014-09-07T22:36:24,"Like Gorlin-Goltz Syndrome Support Community, you are not alone. https://www.facebook.com/GorlinGoltzSupport﻿",1
            z134e5zjck2agxwd423hdjgx1y3ndvhf4,Christopher Pete S.,2014-09-07T22:39:21,Subscribe and u are gonna hear me roar ;)﻿,1
            z13ay5zytl3icfrij04cc1kakqb4cpu4oks0k,Kathy L.,2014-09-08T01:03:41,In my opinion I think you look better with black hair then blond hair : )﻿,0
            z13tc1brnvvpxtd3i225u5djckjntpniz04,Sofia Aristizabal,2014-09-09T00:43:52,"I loved, she is amazing.. OMG your eyes*_*﻿",0
            z12qvnw51y31ulrx304cjbkq1yzqzdkiytg0k,jessica durham,2014-09-09T06:10:07,"Please help me give my son a grave.  http://www.gofundme.com/BishopsGraveMarker Or please just share it on your  fb page, I do not have one anymore.﻿",1
            z13mh3ih5xqtdvt3z22xdhvp4pfhxfmhz04,Rahul Thorat,2014-09-09T11:26:50,You gonna hear me ROARRRR.....﻿,0
            z13xxdyxcsbwdda5l04cfdexnunxzrgwo2o,snc,2014-09-09T17:08:44,follow me---&gt; https://twitter.com/f0llowshoutouts ﻿,1
            z13lsbqpwk3xej2jv04cetyypm22w3pgo4s,Christ Is Risen,2014-09-09T17:59:18,I WILL FINISH THIS DISSERTATION! And I will laugh in its face when I  finish! Roaaarrr =3﻿,0
            z12tvfbi0sntvhgzw04cgf35lymwivhqepo0k,blondedbythelight703,2014-09-09T20:36:30,She's an old Whore!﻿,0
            z131xvagrrnevlmao04cf1dq2or1snlqkso0k,taione88,2014-09-09T21:03:35,Please share and help to my Friend! http://www.gofundme.com/jormis  Thank  you very much!﻿,1
            z12xituo3vvdxvrhk04cdxmilwfwhfdgmz00k,moilovemoi,2014-09-09T22:34:28,ROAAAAARRRRRR 🐯🐯🐯﻿,0
            z12wsbxquxjthdm0i22jc3ehdnuhwv5xi04,caleb owczarzak,2014-09-09T22:35:25,This looks so fun and it's a good song﻿,0
            z12wujphdvrxcbksz23lc3j5xsqadn0cz,Made2Falter,2014-09-09T23:55:30,"Check out our vids, our songs are awesome! And that I guarantee :)﻿",1
            z131i52zez2uythxs04chxi45y2otxcjcw00k,Jessy  Riivera,2014-09-10T01:19:03,I love You Katy ♥﻿,0
            z131xnwierifxxkj204cgvjxyo3oydb42r40k,YULIOR ZAMORA,2014-09-10T01:35:54,I    loved        it           so       much          because         you          get         to         stand            fear .﻿,0
            z13ndjiobv24y14tp230gvzjeovuup1vf,Nicolás Jara,2014-09-10T01:50:55,Click For iTunes code http://shhort.com/a?r=0LaviqU2b﻿,1
            z13ncdbb1urrxdhcs22gfp35gkqiuhgcr,Neo Joey,2014-09-10T09:09:57,Katy perry is and inspirational singer her voice is awesome and I loved her  so much . She achieved music history and I couldn't believe that . Guys if  you could take 1min to go to my channel and watch my first video I would be  greatly thankful for this :) ty guys N katy is still awesome xoxo﻿,1
            z122tnij5nmvhtqkx22jdnc40rzbulxwe04,Jack lewandowski,2014-09-10T11:48:08,Hi guys i sell Jack Daniel's Hard Back Cover Case for iPhone 5 5S 5C 4S 4   6'' Old Time with only 3 Dollars on Ebay:  http://www.ebay.com/itm/251638183951?ssPageName=STRK:MESELX:IT&amp;_trksid=p3984.m1555.l2649 ﻿,1
            z13qfffoxqacypnu122ojzxgmnvvthucz,Mättr Valleni,2014-09-10T21:38:12,https://m.facebook.com/story.php?story_fbid=764484966942313&amp;id=754989901225153&amp;ref=stream  gf﻿,1
            z12mt5kxyqyful0jq04cdrchivu0v5ip51k,TheParkourGamingPotato,2014-09-10T22:58:23,subscribe to me﻿,1
            z13nt3s53sbnupdoc04cjpuwhzvdh5gyr04,Sofi Duarte,2014-09-10T23:34:14,3:46 so cute!﻿,0
            z12ijzhpitadz15sb23bgxfoilenufewr04,Walker's.Enchanted.Music.Channel,2014-09-11T02:15:22,"i think they were drunk when they shot the first half of the video and then the sec on half comes in, and her boobs are magically bigger and  she's more beautiful suddenly, and the dude practically vanishes ﻿",0
            z13sgp1qayzmcx0tq22dy5wqllnpfvsv0,Ken Santiago,2014-09-11T15:05:08,Roar is without a doubt your best song...feel good song with a message for  everyone. Good job Katy﻿,0
            z12sixzbalueu5irr04chv1yhpy4t5ky31g,o olek,2014-09-11T17:43:49,The great mother of the jungle. Sweet and natural. I like her videos.﻿,0
            z12ax3ozzsjafnboe04civtrlxzzxtbbaxs0k,Sheldon Duncombe,2014-09-11T19:09:43,http://www.aaas.org/tech-i/vote#view/25874/2177367 VOTE SHELDON PLEASE  GUYS. GIVE IT 5 STARS. THANKS IN ADVANCE﻿,1
            z13dexprepfgfjjai04cetejapnqxjq4fj0,Misael Navarro Leon,2014-09-11T20:19:56,Katy has conqueror's haki &gt;:)﻿,0
            z12zu5v4qlruc11zc04cg5rrnzjehpzwv3g,SergiBeCa Official,2014-09-12T03:39:36,Can you check my videos please? Don't hate me :( Give me one oportunity﻿,1
            z13xwb3adyricdunf223txebnov1f1aiz04,Gram Bangla,2014-09-12T09:03:16,WOW VERY NICE CONGRASULATION I LIVE SO MUCH http://en.prothom-alo.com/sport/news/53331/Zimbabwe-A-team-due-in-Dhaka-Wednesday ﻿,1
            z12fx5xbxru0i3kzu04ccpm53yjqzvlr4q00k,Dj enderman,2014-09-12T13:41:05,There is 7 bilion poeple on earth Now stop being dumb﻿,0
            z12ayngz3kffwhr1x22ei3agorrhebndb,Analiner Benny,2014-09-12T15:08:27,I love this shit but I disliked it because it's sucks﻿,0
            z12qf5rimw3pfbw1w22pyruxovawz1dkq,Cristina Valencia,2014-09-12T15:26:38,"hey guys i really want to go to a katy perry concert so im in this contest  where i need a lot of likes and im loosing :( so please if you could like  this picture it would be very nice, thank you i really want to go to her  concert :) https://www.facebook.com/exagdl/photos/a.936868579660284.1073741943.111719098841907/937732262907249/?type=1&amp;theater ﻿",1
            z13ogjwqvuazsh0v123evnzipxyjx5fcv,ENZOxDV9,2014-09-12T19:45:34,"this video is very inaccurate, a tiger would rip her face of﻿",0
            z12tclby1nuyflgbw04cdnyg3zfvefn5lrg0k,Technibility,2014-09-12T21:08:47,Great video by a great artist in Katy Perry! Admire her creativity! Check  out our channel for no nonsense mobile tech reviews and comparisons as well  as an iPhone 6 and 6 Plus review and comparison!﻿,1
            z13rv5abiqvggpsz304cdr54xnndwtxbl44,Yoshi does Minecraft,2014-09-12T21:41:24,Are those real animals﻿,0
            z13dgdph5vnutpnq004ci3lbtymmtlphrto0k,MyNameIs Leah,2014-09-13T12:27:00,"Hey guys!  Can you please SUBSCRIBE to my channel,because I'm gonna filming a video so  hope you guys like it and thank you so much for you're support! Xoxo,Leah!  &lt;3 ﻿",1
            z13is3w4ixr5cjkwv04cibzocqeicbfoxsc0k,Steve Gallagher,2014-09-13T15:05:12,Maybe the best music video in the last 15 years? This is how pop music is  done folks!﻿,0
            z13oilua4nu5ulzs122xvdc5skfqzfy5y04,Jouri Osman,2014-09-13T15:05:13,I love KATY PERRY &lt;3 &lt;3﻿,0
            z12nsngbgzqwyxnmk22sibsqbwqlzfuva,John Chen,2014-09-13T15:37:09,Boooobs﻿,0
            z13kvddrenfhxjeod04cg11pkk2sg1vbr0c,Buffo hrdfjiu,2014-09-13T17:48:14,"I really don't understand how this has 600 million views lol. I'm not  hating or anything, it's just confusing. ﻿",0
            z12nfn4yazrphtzwi04cchahoxqlvtc4mvk0k,KatyPerry Queen,2014-09-14T09:47:10,Its almost Katys birthday! October 25th Lets say happy birthday to katy!!! ♥♥♥♥♥♥﻿,0
            z13wwx4g2wmufxn0t235flwo5qu2sdrs3,Abhi Vats,2014-09-14T10:27:26,Katy Perry You Are Looking Soo PRETTY DAMN CUTE :-* :-*﻿,0
            z12njp45xonlypf2x23ketjjpzjee3cyt04,bea boots,2014-09-14T12:42:56,great song you go katy!﻿,0
            z13tuhgotq3ifrl0423uwx35trelwdwdd,jay cruz,2014-09-14T13:52:43,looooooooooooooooooooovvvvvvvvveeeeeeeeeeee ittttttttttttt﻿,0
            z12lcb0rxw3qtlsqm04cebpbjkqjtdza1xs0k,Veronica Kkk,2014-09-14T14:17:49,My telephone!﻿,0
            z13lwjvwbrqgdrdut22qhf54gvqwuz1nv,Thalia Grace,2014-09-14T15:55:13,This comment will randomly get lot's of likes and replies for no reason. I  also like Jello. Strawberry jello.﻿,0
            z13ejhmaiyjmcrlgw04ccvqwdobqtjn4ea4,David Sean,2014-09-15T10:53:46,"Hey guys! I've made a amazing Smiley T-Shirt.Of all the things you wear,  your expression is the most important and remember all the statistics in  the world can’t measure the warmth of a smile. If you're a big fan of  T-Shirts and want to gets more happiness, it's perfect for you.  Check this  out and buy it at www.teespring.com/smiley12 =)) thanks you guys so  much!!! ﻿",1
            z13mxjrbuyv5slha204cjdwg0wauylyap3w,Peter Wilkes,2014-09-15T15:48:57,"really want this video to get 1 billion views, would be amazing!﻿",0
            z12wj5g52rzbcvprl04cenuj1yyifhxq3hw,LuckyMusiqLive,2014-09-15T17:47:57,Katy has the voice of gold. this video really brings the lyrics to life. I  am a rapper with 25000 subscribers.. thumbs up if you hate when you take a  shit and the water splashes your nuts﻿,1
            z13kdx4bjwevyfhfy222jhvo2nvsdxzyt04,Alanoud Alsaleh,2014-09-15T18:27:56,"I started hating Katy Perry after finding out that she stole all of the  ideas on her videos  from an old comic book. Yet, her music is catchy. ﻿",0
            z12vwdpzylnfhdhoc04cfxhbdrjqed2rjh4,jose ramon Bocarejo,2014-09-15T23:53:03,How can this song have 629 million views while there are only 7 million  people in the world?﻿,0
            z124spyhambnyly1l223gzliqmqxyxzy304,Magic Johnson,2014-09-16T03:36:41,Katy Perry is garbage. Rihanna is the best singer in the world. ﻿,0
            z12ju5uxzvfmv1yzr04cdn2zjvvbfpdjglo0k,Nick M,2014-09-16T03:45:43,https://www.reverbnation.com/slicknick313/songs﻿,1
            z13wxrja2ny2jfq0r22ojhwwdpimt5ogu04,Chloe Steiner,2014-09-16T04:11:05,"Katy Perry is part of me Katy Perry is my firework Katy Perry, I love you﻿",0
            z12wc1vj2mytepiki22lf5bggrynfloa304,Rolando Viray,2014-09-16T07:11:53,This Song Was Good Until It Got Overplayed The Hell Out Of On Radio﻿,0
            z13mel5zokapi1ax004cg3goburlghkwdk40k,Jian Li,2014-09-16T07:45:05,"see it all, human folly right?﻿",0
            z13gsbt40s25vre2q23rdtmxepytftaei,Jana Trpevska,2014-09-16T10:46:47,Great.This is a song﻿,0
            z13ye5lzknauy3ilv22nfbm5kyjgdbo1h,Amana Amjad,2014-09-16T11:36:51,Awesum song!! Jus luv it!﻿,0
            z13mjtpierebfrgvv22dch3o2sm3jnnp304,Marieke Sp33lma,2014-09-16T12:53:43,Watch my videos xx﻿,1
            z12vibnqjrygfn0p404cc1loanvyw54pcmw0k,Nathan Waterhouse,2014-09-16T14:21:04,Please check out my acoustic cover channel :) thanks ﻿,1
            z13ithgi0zjwz15rn04cclkgxpafydzocrs0k,Harrison Lloyd,2014-09-16T20:32:46,Imagine this in the news crazy woman found acting like a tiger and bit jims  ear off﻿,0
            z13nhjbxcwe4stwwz04cfpfoqrzghr540ns0k,Mandeep Kaur,2014-09-16T21:03:17,selfie alert﻿,0
            z12nj5gwruilz5a4y04cfdda2wfgz1lwecg,Chris Madzier,2014-09-16T22:50:28,Your going to hear me Roar !!!! :-))))   #soundsofsunday ﻿,0
            z13wthrbisjqg5cm423qxnpopsrowzvzg04,DatoJason Jason,2014-09-17T19:52:54,It is a shit﻿,0
            z13ighypdmuywprvc222crt42va2ctluz,Vena Veno,2014-09-17T22:22:44,She loves Vena. trojmiasto.pl/Vena-Bus-Taxi-o59253.html﻿,1
            z13cyrkatpfnixkis04cinqqhmbuvhspvqk0k,Pettrus Ortega,2014-09-18T11:35:49,"THIS IS A COMPETITION TO MEET MY IDOLS, IT WOULD MEAN SO MUCH IF YOU GUYS  WILL LIKE THIS PIC ON IG! http://instagram.com/p/smZdivopxb/﻿",1
            z12ijdi5kuimjphgy04cjzxxzyusg3xjoyc0k,Ari4Cortez5Ortiz 9Uria,2014-09-18T15:57:36,Katty perry please say in one of your new videoes that they follow the  Girls Girls please﻿,1
            z12iwnkoukqythvf022xx1ii4xisfn2dd,Emma C,2014-09-18T22:27:19,i am a big fan of you and i love you﻿,0
            z132jzfbbpf1w3ejj04cen2wcx2bef0oeo40k,J MP,2014-09-19T14:15:13,https://viralangels.com/user/d4aaacwk﻿,1
            z13jffkgavyhv5tkq22lyboo2subj1vu0,Tushti Chakraborty,2014-09-19T15:30:47,I &lt;3 Katy Perry!﻿,0
            z12zyrnp1unbczz0v23mhr3wwoa0vfcak04,Kaida Tong,2014-09-19T19:25:33,"Since she is a feminist champion, why would she want to reinforce the  stereotype of girls being girly by painting the nails of an elephant that  probably wouldn't even appreciate it?﻿",0
            z13jcrsplozwthwj204cdpspeobusp3ie54,roflcopter2110,2014-09-19T23:15:14,http://thepiratebay.se/torrent/10626835/The.Expendables.3.2014.DVDSCR.Xvid-DiNGO ﻿,1
            z12vzxcymvqtyrx3s22hi5ep1yq5cvmld,roflcopter2110,2014-09-19T23:18:41,http://thepiratebay.se/torrent/10626048/The.Expendables.3.2014.DVDScr.LEAKED.CLEAN.XviD.MP3-RARBG ﻿,1
            z12pgx55amraefo3423kchdy1tmeu1avo,Darth Vaderbro,2014-09-20T00:05:45,If interested in making extra money by internet use the next link www.swagbucks.com/refer/Nonturtle02﻿,1
            z12twzjoszz0xxuo304civmjxyjiv3hg5rw0k,MrCollinGabriel,2014-09-20T00:50:13,"This is fucking shit. From the first notes, that becomes clear. Complete  and utter shit. May God come and cleanse the earth of the complete and  utter idiocy which is humankind.﻿",0
            z13gy5vi3kzfzbtyu04cctyzpuz3vfqgw1w,citywok68,2014-09-20T03:45:12,Hey guys plz check out my youtube channel to c funny 2 girls 1 cup reaction  thanks and plz subscribe! Thanks﻿,1
            z12xtzhzyr2lx53oo04cexm5vlrvxptiywo0k,sarah fitzgerald,2014-09-20T07:43:50,Please subscribe every sub gets a shout out tell me what type of videos u  want and I will try make it happen﻿,1
            z12ltv24dmert1m1k23ajhgo4kydixwnf,Mohammad Abdelhafez,2014-09-20T12:33:21,Hey guys subscribe to my channel for no reason! Please!..﻿,1
            z13bttm5gxecfvrqq04cevkpuxj5s1u5ys40k,Vane Cavazos,2014-09-20T15:39:44,Katycat! https://m.facebook.com/profile.php?id=1461302180794905﻿,1
            z12zttujlvi5iptyo04cfnyq4rqeip0bpt40k,Sarcataclysm,2014-09-20T23:11:39,At least she didn't get rid of her completely useless makeup.﻿,0
            z12zzvtjxkn1tvdpy04cgvcrxprhypz5oek,The Technology Zoo,2014-09-21T14:48:53,I love roar and Katy Perry. She is my favorite singer and sometimes I just  mute the volume and look at her!﻿,0
            z13byjoiuqvhctxc423ahhxafrizwhfto,tonya parker,2014-09-21T23:01:03,This is the best of the best video in world!!!!!!!!!!!!!!!!!!!!!!!!!!!!!﻿,0
            z13wvdhxeyqeidsmz22jehupivbqxjvtp,Ramen Noodles,2014-09-22T05:28:44,"She's got it all. Incredible voice, extremely hot, nice tits﻿",0
            z132zl1rupqcylbep23jgfig3um3ct5vv,KatyPerry TheQueenOfPop,2014-09-22T06:50:24,--&gt;ATTENTION KATYCATS! Katy leads with 7 noms at this year MTV EMA! do vote daily for her: tv.  mtvema. com/vote (delete spaces) thumbs up and share on fb﻿,1
            z133unbosvyetbf4n04ccboqbqnydzhrtg4,tomo fr,2014-09-22T08:36:36,I really like this song.﻿,0
            z12pi3wbqljkwjher23stftwykbzid1fv,Hany Faisal,2014-09-22T10:08:17,my son love so much﻿,0
            z13iijhzqwz4gxek122ugd3bllbks1011,Alef Paulo,2014-09-22T14:33:15,Y LOVE YOU﻿,0
            z12offlxfo2hi110l23wt52jsob5x1pic04,Big BossVEVO,2014-09-22T17:26:19,follow me on instagram bigboss286﻿,1
            z13ighawfwy5y5t5a04ccnp5dozetzfpq0g,Snipe Last,2014-09-22T19:34:46,why the elephant have a broken horn﻿,0
            z12sfnzallq5t5iki23gfbjb0ynxgxjyc04,Vincent Lenzi,2014-09-22T23:23:33,Free itunes $25 giftcard codes: http://shhort.com/a?r=OOCnjqU2b﻿,1
            z13zyrkanyf2y3cxw04chznrcxmefpkpf3s,Shane Lumsden,2014-09-23T10:42:34,Where did she find all that make up in a freakin jungle?!﻿,0
            z134hvcalzjkd11w304ccxlhipnqudd5hkw0k,Danuchi zuuzu,2014-09-23T14:55:49,so cute that monkey *-*! ﻿,0
            z12isxfbaqulfttva23qjxkwem2bcvlyv04,Ghazwan Mattoka,2014-09-23T17:19:23,Nice song﻿,0
            z13guzigaxftzpnis04cjzp5itbwjvkqjk00k,Na'RUtO AnImE,2014-09-23T18:06:18,subscribe please ﻿,1
            z12xe1uw2sv3i1dm322nhrcazuitt3cjv04,Ronnie Cromer,2014-09-24T14:45:16,"You are all sheep, period. This is terrible music.﻿",0
            z13wzf2p0vmxyxgpq04cj1qaqvn3j5uigwg0k,Edouard Reyes,2014-09-24T19:31:10,"A  friend of mine has invented a big dick formula. He had a small dick (4  inches) and he did some research about this topic. During the research, he  found out the secret knowledge of penis enlargement. He applied what he  had learned and now he has a 7 inch dick. He was absolutely amazed by his  results. Of course, it took a few months. Therefore, he has written a book  about this issue in order to help guys. He asked me to promote his book :)  So, guys if you are interested and for more info check this out  https://payhip.com/b/oTIb  . He is selling it for symbolic £1. Thank you ;)﻿",1
            z12yj3cwwqf4vlb2d23au5zhhvjpjth2o,The Technology Zoo,2014-09-25T02:20:26,In the beginning she was scared off everything and next thing you know she  is out in a leopard bikini!﻿,0
            z13gu5abbqrhtz3sd235fbfysyemhzwb304,MR magic man,2014-09-25T10:42:47,Please look at my channel﻿,1
            z13zwvkqmnr0sxbte230szzgpzudspu5l04,Sam Banfield,2014-09-25T19:32:29,My three bigger secrets are: I don't think I'm good enough for me skinny  size. I'm bisexual and I sweat really freaking bad when I'm nervous. -  check out Secret by Austin Mahone's NEW Single!﻿,1
            z13lj1oyrkmrery5o04cjfuitwyagldauxs0k,nailey nicool,2014-09-25T20:24:40,https://www.facebook.com/pages/Nailey-nicool/629410220489046?ref=hl like  mee﻿,1
            z12jj5kyfrjjhbq4e04cenuj1yyifhxq3hw,LuckyMusiqLive,2014-09-25T22:54:00,katy is beautiful. and this song is catchy. I'm a rapper with 25000  subscribers.. thumbs up if you hate when you take a shit and the water  splashes your balls﻿,1
            z13yjbgh1qzmxly5o04cfxm5vumeibdgq1w,Wonderfulkid,2014-09-27T01:46:14,I love her green eyes﻿,0
            z13derchioqxifr1m22pztjgvwuewvtz404,Jane Kaspar,2014-09-27T11:50:38,How old is Katy perry?﻿,0
            z132e5hhbwvxivbib04cf1wzdqnfdbgoyak,Crafting English,2014-09-27T13:31:16,most popular video on youtube  ﻿,0
            z13qxj4avoquihrc322byvrxrxasvviac04,Romix &amp; Muffy,2014-09-27T19:10:39,NOKIA spotted﻿,0
            z12iwthq2zn5xtxcc23hw1jjxmzddt3ft,Radiovarietyshow,2014-09-27T20:00:52,"I hear this all the time on radio and its really irritating. That being  said, i like the video﻿",0
            z13vdlhzymiuvvd2h224yxwomxrhczqdw,Beryllium,2014-09-27T21:21:50,Hi everyone! My dream is to have passionate sex with Katy Perry. Some people do not believe in me…but maybe you will. Sex is a giant part of my life and it pushes me to be a better person! Please give me a chance by giving me a thumbs up! If you love my ambition please SUBSCRIBE!﻿,1
            z12us3jzyurkxzntu22bvnpwskjdx1jkk,Vincenzo Canino 98,2014-09-28T12:38:26,Fantastic!!!﻿,0
            z13zy5kytmzgcvets23hin2weuffu3tyb04,Emilie Tifani,2014-09-29T15:33:59,j aiiima plzzz  https://www.facebook.com/pages/%C3%89c%C3%B8l%CE%B5-al-ma%CE%B7b%CE%B5t/302703146601369 ﻿,1
            z13uubvixwruz1bjo04cjzia5mn4jna5bo40k,Daniel Brave,2014-09-29T19:18:09,https://vimeo.com/107297364﻿,1
            z12yhfh4rwqyetoep22psxorpyi5d5ihj04,Λυδία Γκ,2014-09-30T16:18:44,She's awesome XD﻿,0
            z13mhf4b5pqigtmgp04cf3korzytgzwqwsg0k,Rayana Santos,2014-09-30T23:41:57,Katy perry songs aren't that bad ﻿,0
            z123tffrdqzbcd5ft234gznazwrhv1pl3,Nadeen Efein,2014-10-01T21:15:49,hi beaties! i made a new channel please go check it out and subscribe and  enjoy!﻿,1
            z13ugh0owyazefisp23pftph1mubdxozc04,Priyanshu Panta,2014-10-02T13:17:36,https://www.facebook.com/pages/Hiphop-Express/704682339621282                 like this page yo﻿,1
            z125cdgp4qvxtpcj204cgbjjllbsj3zxdfo,Tiffany Isaiz,2014-10-02T22:53:52,Our Beautiful Bella has been diagnosed with Wobbler's Syndrome. There is no  way we could afford to do her MRI or surgery. She is not just a dog she is  a very special member of our family. Without the surgery we fear we will  lose her. Please help!  http://www.gofundme.com/f7ekgw﻿,1
            z13xd30auyngcdn4m04cgfkznnnae1obb2k,Mehmet Ertuğrul Tohumcu,2014-10-03T15:28:05,https://www.facebook.com/pages/Komedi-burda-gel/775510675841486﻿,1
            z122gn04syvfep31i22zd1xh1p2bul5g504,Sanfermuebles Muebles,2014-10-03T19:58:57,https://www.facebook.com/profile.php?id=100007085325116﻿,1
            z131yf5grx3hv1rxb04cdx0zexadztqgxrg0k,Gasser ElLord,2014-10-05T13:59:39,That's Good :)﻿,0
            z13gwfnb3pqgzhgmi221epogwszbhdcg104,alin silviu lazar,2014-10-05T15:13:27,http://www.googleadservices.com/pagead/aclk?sa=L&amp;ai=CSyOEB1wxVPCfL7D27AbGpYDgBJDPm6IH6MHu05wBgJXbv8sBEAEgkN7lJVCF7byH_f____8BYIOFgICAHKABsKG31wPIAQKpAh_KmC0hBpM-qAMByAPBBKoEkwFP0KullxqI1MG6o43HVzE-eFMqRG4Tu5LLBU_fsZ8gn0HBkJhBX-m83W1TS3_3Dx_HwPdX1Kazsj8o7SIEcVJjmBNsWyiJEcqvHXLbdzStUBOFaloYInWm0_rOOCppS2AuAT6zguICKm0lI83duwMAbzqvenE8TRfAzOrltBb037VzYv_XI4hBNQ2nvh19MrBgE0SIBgGgBgKAB7jeyCg&amp;num=1&amp;cid=5Ggs_m_9mA3TI40fS6mVPICS&amp;sig=AOD64_1OFC7Seh_1pOp-jYrbS7X6-heeNQ&amp;client=ca-pub-8252267209931889&amp;adurl=http://blog.2parale.ro/2014/10/challenge-pentru-afiliati-aplica-la-noile-programe-de-afiliere-si-fii-business-boomerul-lunii/&amp;nm=2&amp;mb=2&amp;bg=!A0QoUc7Q48v3_QIAAABpUgAAACsqAR0_VgOQWQxjmPUyvKoSf3K-q1BvKf9ZE4jhNC3ovckKxCbAFzZpAJiBXWBvVq4jrDgZ8q3rInlwgaBy_bXlfw7ma6dk0RJG14ZkRyizwqdi7HxgGE9tNDD9abflTFkBMbFfcJixNtHwbwkJ6N2onLH2D9EvEagPhoEwXOgBnu5ibgtRkgnAcQ1OIbgMzgAFNSc0lsaRiqj8HQR8T12dWv_7biY4k6I3y4yubloTdE_4XVKlnVeADZzF1L_xRYQkE6Wsur3EdLJWGk8fLq_QALdI-wAzNuysgqjNRDY6VucKLplZONyiSdKc9ebX-0dbHjZdW0LbsJBi40gXm0D0p5KRhv8XInQlI53__wQBaHS8zX4MJHw5vWrkPXFOeKs ﻿,1
            z13ccdhqkujfe3i3s221tj5h1wmrfjibe04,Amanda C,2014-10-05T23:21:13,Awesome video this is one of my favorite  songs😀😀😀😀😀😀😀❤️❤️❤️❤️❤️❤️❤️❤️💎💎💎💎💎💄💄💄💄💋💋💋💋﻿,0
            z12zer0p2uaowfzqu04ccnczoyyryjj5u1s,Annie Trace,2014-10-06T16:13:36,If only I had the body like Katy Perry :)). She looks so hot. I love her  ^^!﻿,0
            z13yele45yacxp1ux22muvvg2virwhwxh04,Magic Man,2014-10-06T19:57:32,DOWNLOAD RAPID FACEBOOK FOR FREE NOW https://play.google.com/store/apps/details?id=com.rapid.facebook.magicdroid﻿,1
            z12ih1iyqojdhlxgu04cdhsb1ofdtll5a3g,Deepty Awasthy,2014-10-07T03:41:31,"The song is very good ...but the video makes no sense...just a nonsense  video...I mean she is telling her story of being stuck on an island, but  the song doesn't fit in the situation...but nvm...The song is good﻿",0
            z121gzyrrsm4jlvid04cjj0zzpyxwv3qocc,desing,2014-10-08T07:19:15,Who else would give Katy perry a good old mighty roar? ;)﻿,0
            z12pdlwxuwmktfmoq04civd5ypmzv5np0os0k,Maryam Yassine,2014-10-08T12:39:49,OMG I LOVE YOU KATY PARRY YOUR SONGS ROCK!!!!!!!!!!!!!!!!! THATS A TOTAL  SUBSCRIBE﻿,0
            z13iyvl5vzqledtym04cirookpa1edwpvuw0k,Tomas Adomaitis,2014-10-08T18:24:05,https://www.paidverts.com/ref/tomuciux99 esyest money ever. join to our  team!!!!﻿,1
            z130tpc5mwbqtxkox04cipervsaysn0w22o,William Fernandez,2014-10-08T18:47:52,Katy Perry - Roar (Official): http://youtu.be/CevxZvSJLk8﻿,0
            z12ohzkgtoreyzoqw04ccxgzxmnag3nhq5s,Danny Ly,2014-10-09T00:37:48,FREe ITunes Gift card http://shhort.com/a?r=x6J4gBrne﻿,1
            z12pf3tjfnmkhfcca223xlp5ayb3yfosc,Miss.Farrell Wall,2014-10-09T13:28:49,"i was playing this song and the baby in my belly started to dance to  it.....sooooo cute, but had to take the song out cause of copy right and  add in a youtube made song....still sooo cute the baby danced to this song  LMFAO!!! https://plus.google.com/111982027348137311818/posts/g2JVinPueMo﻿",1
            z13osblxvrj0ibtcn22cjjzguw31d5534,Dana Nipper,2014-10-09T23:17:15,katy perry is awesome﻿,0
            z13ahnbavmbgi50bv04cenuj1yyifhxq3hw,LuckyMusiqLive,2014-10-09T23:22:50,this song is so addicting. the hook is dope and catchy. love the video too.  I'm getting popular fast because i rap real.. thumbs up if you piss next to  the water in the toilet so its quiet................................﻿,1
            z134htdz0kjvgbd5w04cebardrm5zp15mw40k,Matt Twine,2014-10-10T16:24:57,Nice song .See my new track.﻿,1
            z12lhtpotlygylwcj23idphbpsjih0e0,Kane Bradford,2014-10-10T18:09:13,I love this sooooooooooooong I love katy perry﻿,0
            z13utrmbosiawt10p22kextrikr0fprhh04,Tiny Tim,2014-10-11T02:28:19,What does that tattoo on her right tricep say?﻿,0
            z12auh0b1vajetih404cfbl5uyfehpi4kb4,fortune kitty52,2014-10-11T11:26:00,Since when has Katy Perry had her own YouTube channel?﻿,0
            z13myxsrskidhjt5u04cfb3hpqn4vb1q5ts0k,imscarlet,2014-10-11T17:16:36,"Every time I watch this mv I just so so so glad that I live in a world that  don't have to worry about running from a real, human eating tiger.﻿",0
            z13vz1qqzlq5flz2k223znxpkmvgutlei,b0b1t.48058475,2014-10-12T03:45:07,i rekt ur mum last nite. cuz da haterz were 2 much 4 meh lik dis if u cri evertim and sponswer mi robox vidz https://www.indiegogo.com/projects/gimme-dem-moneyz-4-roblox/x/8851222#home﻿,1
            z13gw3uz2kfkcf3np22nsvz4zkr0u5xzl04,ambareesh nimkar,2014-10-12T05:09:56,"""eye of the tiger"" ""i am the champion"" seems like katy perry is using  titles of old rock songs for lyrics..﻿",0
            z12ocr0rypvrdbq4004chheqepesuxkicyw0k,Orfeu LUZ DO SOL,2014-10-12T07:23:27,She is a perfect wonder.....﻿,0
            z12suvdjtluxipdj004cdh5ymvukufbrl4w,Fred Smith,2014-10-12T21:53:00,https://www.indiegogo.com/projects/help-stop-my-poverty-cyber-pan-handleing/x/8692160#home ﻿,1
            z121gdxzazm3cplce234g5uheyn4c5e4104,WWWWWWWWWWWWWWWVWW,2014-10-13T06:57:57,she is horrible at acting. cringe-worhty.﻿,0
            z12auv0iwzukvnvf322vsd2y0pnpw5ure04,Feredea SJ,2014-10-13T09:03:58,"I love katy fashions tiger, care to visit my blog sinar jahitan  I also have the tiger collections tqvm﻿",1
            z13wt1vrismyzpiij04cj5vz4nzlyj4yfzo0k,Alexander Mcdonald,2014-10-13T09:19:13,"Anyone Who LOVEs music , please go check out my youtube page and tell me  what you think . I just put a video up and will be doing more song. I'm  just trying to get myself started. Any love is much Appreciated ﻿",1
            z13idnfjpl3njhnyv04ccfuzwsryhpcbkjg,Ella-Grace Aldred,2014-10-13T10:58:22,Is that tiger called 'Katty Purry'?﻿,0
            z13bhfphlnbjsb4n123huzyy1urufxjp004,uranium 239,2014-10-13T16:22:59,"blue eyes, can't be trusted.  uranus bless america.﻿",0
            z12ojhxjqrnqj5rlc22bivs5jnmkhrylt,by.Ovskiy,2014-10-13T17:09:46,"Rap from Belarus, check my channel:)﻿",1
            z13pupugayfozd3zn04cc3kaim3qttfoh2s,Morgensen Freya,2014-10-13T21:50:51,follow me on twitter: freyacumqueen﻿,1
            z12yfvzzpt2tizxvb22yj334vzmrh13gc04,Natalya Korshunova,2014-10-14T03:29:19,Katy Perry - Roar (Official): http://youtu.be/CevxZvSJLk8﻿,0
            z12odl0g1lv2sny2a23mxtijuvftznai404,Alex Lynch,2014-10-14T17:27:28,"C'mon Katy you are so close to 14,000,000 subscribers...come up with  another hit like this and it will happen﻿",0
            z12kulnquwqogxxj104chtgr4vbxvt4zg5k,Rick Casse,2014-10-15T05:00:50,VOTE FOR KATY FOR THE EMAs! #KATYCATS  http://tv.mtvema.com/artists/katy-perry/i38xh1﻿,1
            z13lwnfyppu2ujssg23eezvyfnu3h3t4t04,Rajesh Bhat,2014-10-15T05:15:27,"My honest opinion. It's a very mediocre song. Nothing unique or special  about her music, lyrics or voice. Nothing memorable like Billie Jean or  Beat It. Before her millions of fans reply with hate comments, i know this  is a democracy and people are free to see what they want. But then don't I  have the right to express my opinion? Please don't reply with dumb comments  lie ""if you don't like it don't watch it"". I just came here to see what's  the buzz about(661 million views??) and didn't like what i saw. OK?﻿",0
            z124whipbluof3y2t23gvfmb1la2w5aw204,Bi - Bases of Image [Musical videos],2014-10-15T11:02:31,Visit my channel﻿,1
            z13bevebfqauylm4h04cidqh4xuoy5ayrlo0k,big macintosh,2014-10-16T12:21:58,Wow she is sexy XD﻿,0
            z12kzxgg4w2ptbq2j23nv3sxorekzri1j,Salena Oneal,2014-10-16T12:24:32,If you looking for new music to listen to check out cece song called  dead2me on iTunes music video out now right here on youtube.﻿,1
            z13vvheilmf1cbqfr22ge1rwqszpcvbgc04,ColoursBruh,2014-10-17T00:54:50,Katy has a voice of an Angel﻿,0
            z12fxf2xaofxhvj1b220dn1qhnyotpybx04,Bob McBobbers,2014-10-17T03:05:04,"Hey guys, I was working last night on this project, it's a music streamer  like spotify, but it allows you to download the files to listen to when  you're offline. Opening it as a free beta, feel free to try it out :) download: https://mega.co.nz/#!ehVjzKyA!5bGKg2iWPHZOHWAEUesrWnegqG_lABcO7Rw9WFX8hAo﻿",1
            z13lzjnbmpmlc5p1o23ahn1wvkuvzzzvl,Ed Diamond,2014-10-17T16:41:35,"Man she is hot in this one, male companions visit my profile to check out  the coolest sextoy ever made!﻿",1
            z123ynxxyou1wrzri04cjh2buyfez5jjxcw,Brandon Tomlin,2014-10-17T18:34:08,Like my page please...  https://m.facebook.com/Dreaddis?ref=m_notif¬if_t=fbpage_fan_invite&amp;actorid=1442646731  ﻿,1
            z13nujhysyf3ftvgt04ccrd4szrxcvzbvt00k,MeSoHornyMeLuvULongTime,2014-10-18T04:58:21,This video is so racist!!! There are only animals.﻿,0
            z131zt3poqazypy0a23ghxojfme5ydmmp,Aarjav Parmar,2014-10-18T06:15:45,Man she is BEAUTIFUL!﻿,0
            z12fzrxbvl3xjlmyi04chleb0uexczkjquk0k,FreexGaming,2014-10-18T08:12:26,want to win borderlands the pre-sequel? check my channel :)﻿,1
            z13nev2azv3mftkx404cf1gilnvsi15hfjg,nanaIAMNANA,2014-10-18T12:41:41,Hi! I would appreciate it if you all could help to like this poster on  Facebook:  https://www.facebook.com/nyghdramafest2014/photos/a.333608120156973.1073741830.327568907427561/333607726823679/?type=3&amp;theater ﻿,1
            z13hst3ihoetvtdls221z1khwtfmutjdd,abdilefe,2014-10-18T19:09:29,Plz help me getting 1.000 Subscribers tonight/today.  Thanks to all who sub me :)﻿,1
            z12etvywgsjpthpvz22gwfm4vnqyydj3l,Rebecca Shields,2014-10-19T13:59:50,Yesterday this video have 1 million likes and now it has 2 million﻿,0
            z13oxduriwbjvd41y235g1k4porjcr2xu04,Mardhy Hassan,2014-10-19T14:59:26,why tiger succumbs to a beautiful girl ?.probably male tiger.....????   ha.ha.ha..﻿,0
            z13nv5tycmikx3syi04cdv5bmruufbrqjyk0k,Abigail Gustav,2014-10-19T15:28:10,Best song ever ﻿,0
            z12jxb3rkze0jljrq04cib0xbxbrt3mae1k,Fredrik Jonsson,2014-10-19T16:07:16,Thank you KatyPerryVevo for your instagram likes @axeljonssons﻿,1
            z13qw3ahhwftv3tnd23tihhxvlr0erteu,TopMusicWorld HD,2014-10-19T23:27:50,Please Subscribe In My Channel →﻿,1
            z12fzn5rgqi4sdwwe04cj33qdvbbipgjylc0k,Mary-Jane Watson,2014-10-20T02:25:02,"She is good. Does she make any more music? If she doesn't, she should!﻿",0
            z12wzpww1rnqwjq0223dd5gofvzbwjqth,ikbal kemerkaya,2014-10-20T17:56:04,I LOVE YOU KATTY PERRY &lt;3 ﻿,0
            z13pch5b4xn1z1mju04cjdtaymyust4hvqs0k,Flip Tee,2014-10-20T18:33:44,"HONESTLY, I WANNA SEE YOU BE BRAVE! oh wait...﻿",0
            z13yvbabmkemtbqk122repparnvhudrgr04,hernan perez ovando,2014-10-20T20:35:13,;-)﻿,0
            z13qdpxqiziasxzsv234hhqoeretuhabc04,Merenguette,2014-10-21T04:52:03,this video is great .....!!! I love this........and like much katy perry﻿,0
            z12axxpa2p2cdxu1p22vwfya1kz1gps4o04,Freya Questionmark,2014-10-21T13:50:47,"Good thing she brought her spray-on tan, hairstylist, makeup artist, and  cameraman.﻿",0
            z130fjzbglzugzfdx23cipvotlrkdpepo04,subscrool,2014-10-21T15:07:11,"666,002,018 views! 666 million. 666! Katy Perry illuminati confirmed!!!﻿",0
            z13qehwbnsfyvpaa004cdt0yqzqiy5mo2bk,Youyou A.,2014-10-21T15:20:49,"I make guitar covers, please have a look at my channel﻿",1
            z12mhbmbhlv5jbi1n231chnqtrmkjrenc,MrSlowGhost,2014-10-21T15:30:56,It should be illegal to be this goodlooking as this babe is...﻿,0
            z13odfj4atu3vdw0k22xwbtrftfoubzwf04,sebastian hudson,2014-10-21T18:16:46,katy is mine the girl of my dreams ♥﻿,0
            z13uhfazpsvxed2x004chpwjayudxpvhv3o,Chewwy Moriarty,2014-10-21T20:53:49,I love this song﻿,0
            z12kstz4owbggv12p230vpcwntjbyrqim04,haribo elf,2014-10-21T21:09:29,She is fit﻿,0
            z13jddxactekydkim04cfvzijxiygbvgkh4,Patricia  Reyes,2014-10-23T05:24:14,I love the song roar it make me think am fill the way﻿,0
            z13oghdjnqzcftxwp04cdv0acx3msl5zbkc0k,ollie123216,2014-10-23T22:20:43,"How do you forget you have a choice, and what the fuck, surviving a plane  crash has a 1/1000 chance of happening.﻿",0
            z12gsvozdnffulgly23tdzyholacht41h,nleeklee polowtehow,2014-10-24T01:21:49,"she is a fool. this is a foolish video. the lyrics are all about her and  how great she is. she is arrogant, obviously. but the thing is that there  are a lot of idiots.. look how many hits this garnered. the young stupid  girls who listen to her are numbering in the millions i guess. this video  is a piece of trash. why would anyone ever like it or listen to it? because  these stupid little girls have idiots for fathers and mothers.. and so they  are going to turn into idiots also.. just like this stupid singer. ﻿",0
            z13xuxwywsewv3dvu23jgfig3um3ct5vv,KatyPerry TheQueenOfPop,2014-10-24T06:05:07,":: ATTENTION : WE NEED 10 Million Views More for FIREWORK to Reach 500M .. We have only 1 and half day left for katy's birtgday. Listen How it could be possible?? &gt;&gt;JUST Open different Tabs from Different Browser &gt;&gt;Dont Watch Full Video, Remember We dont have time on hand, Its Time Wasting. View it only for 30 sec. Plz thumbs up and share﻿",1
            z13cynorbtfoydmbx04cfxohsqzvh1jwnlc0k,احمد الهوارى,2014-10-24T09:55:30,(( rapid facebook )) the free version of all colors and is characterized by  fast and beauty download now https://play.google.com/store/apps/details?id=com.rapid.facebook.magicdroid﻿,1
            z12vyf0jry25cbtif04cilsxal2quhowmw00k,katy perry,2014-10-24T14:12:49,Hey Katycats! We are releasing a movie at midnight UK time to celebrate  katy's 30th birthday! Be sure to subscribe to our channel and watch the  movie!﻿,1
            z13xxt4idrj0xx0vy23mzfswexbtytozw04,randman21,2014-10-24T17:11:17,"I just realized that this verses in this song have the exact same melody as  the verses in ""Hey Ho"" by the Lumineers.﻿",0
            z12iup4axsfpz50rz04cgr3xiuakujcwvb0,ΑΓΛΑΪΑ ΛΕΠΤΟΚΑΡΙΔΟΥ,2014-10-24T17:41:52,:-D ♪♪♪ This is my favorite song ♥﻿,0
            z13mwftg2ozrfpmzm04cjpaxuqv0tpygyl00k,Brian Schultes,2014-10-25T01:53:36,this song never get's old &lt;3 ﻿,0
            z133x1cptruyddomf230yx1zfwqhfzoxs04,Hude Deni,2014-10-25T08:13:25,HAPPY BIRTHDAY KATY :) http://giphy.com/gifs/birthday-flowers-happy-gw3JY2uqiaXKaQXS/fullscreen  (That´s not me)﻿,1
            z13yfl2wqnzjynufz23dejrjetqedzgqx04,Ashley Smith,2014-10-25T15:23:36,"Hey ! I know most people don't like these kind of comments &amp; see at spam,  but I see as free advertising . So please check out my cover of Sparks Fly  by Taylor Swift ! It is not the best ever I know, but maybe with some  encouraging words of wisdom from many of you I can become better! Please go  to my channel and check it out !﻿",1
            z13xg3oatsy5uljmc22ictmhgtf5vzxmg,Charles Breheny,2014-10-25T15:55:59,Www.youniqueproducts.com/joannagordon Younique by Joanna Gordon www.youniqueproducts.com﻿,1
            z12dynswht2rujq1e22xi5dappq1vrlh504,ali aydın,2014-10-25T16:59:02,I like you . Katy Perry 600▲60▲6▲﻿,0
            z12czbcjtzzjxfz5p04cffk5xsztwvsrop00k,IMustKillGoogle+,2014-10-25T20:10:35,Glad to know im not the only one who knows its katheryn's birthday today :)  happy birthday katy...and my sister. (they seriously have the same  birthday...)﻿,0
            z12dujcgssjgd505g04ce5zzlka4d1p40vs0k,GX2re,2014-10-26T08:33:48,Katy Perry can't sing for shit. All i hear it autotune.﻿,0
            z13jj5yx2lmeznske23dxrg51xnyhtrae04,Denzel Saimi,2014-10-26T08:38:36,I fucking hate her. Why? Because she don't write her songs she got  producers for that. Second why tha fack is she in every song almost nude  mayby because she's an attention hooker.﻿,0
            z135jfhquofkjjxam04cdraphzuxxry4iso0k,Shaun Mac,2014-10-26T20:10:46,Also LuckyMusiqLive she probably could help u make it big because I think u  have talent. Just look her name up on the internet. Hit me up when u get  this message﻿,1
            z12eszqpikzjdjnic04celpbjnityp1j24k,Nick McGoldrick,2014-10-27T13:19:06,Check out my drum cover of E.T. here! thanks -&gt;   /watch?v=NO9pOVZ9OIQ&amp;list=UUltuCDIHsDeI01by1OW7WuQ﻿,1
            z13pwzyitx2sgz1w504cdlq4bxa5uvsqf0g,Emily Thrun,2014-10-27T21:59:07,Put famous people in the jungle for an hour and look what happens.﻿,0
            z13achnwtnfohviax04ccn2rlraugdighjg,Robert Petrea,2014-10-27T22:31:50,"She kinda let herself go, huh?﻿",0
            z12sc3pptnvrfbgwl04cdnfgynv5gtuwcpg0k,ahmed soliman,2014-10-28T16:12:32,we all love you Katy Perry &lt;3﻿,0
            z13ghzwpmz30ilzzw04cit0gup2kwtajq5o,Yonate,2014-10-28T17:22:33,Sign up for free on TSU and start making money on social media add/follow  me and ill add follow you!! http://tsu.co/Roberts9010﻿,1
            z12uwdpwjlnrvvuri04chd4ojrfrhvzjjls0k,Marie farias,2014-10-28T18:10:39,Love it when I can relate to my daughter's music. :-) Katy Perry - Roar  (Official): http://youtu.be/CevxZvSJLk8﻿,0
            z12izheoltagv1vvg233cvfgpt3yxdhed,NeverGreen35,2014-10-28T20:04:45,Subscribe me and i subscribe you back!!﻿,1
            z13ez3wxdsnjv1dej22uedkr2vbsgj2m3,Chris Madzier,2014-10-29T01:23:19,Katy Perry - Roar (Official)  #soundsofsunday   #music  ﻿,0
            z122sdu5jnnwsr0kf23aghaz5rnkijtkl,adrianavargova,2014-10-29T09:46:20,"When I hear Katy singing this, I cry. The song has got depth.﻿",0
            z12yirkj4lzkupsnl222tbl5zwnwxfepj04,Boshra Abdrhman,2014-10-29T09:53:12,Love it﻿,0
            z12lznkqhkyysbznf222ft35zmy1shkb504,youngj,2014-10-29T11:28:58,People who believe in Illuminati are stupid the same people believe that  911 was made by the American government﻿,0
            z12jwlxzxsa3srdwf04cftvx1rfjj1vrxms0k,themind blasters,2014-10-29T19:39:38,plz subscribe to my channel i need subs and if you do i will sub back i  need help﻿,1
            z12qxxchsv2oetuut22jwxur3tjjcvmw004,D Germain,2014-10-29T21:34:30,please look up DHG SONGS this is my playlist with a bunch of amazing songs ﻿,1
            z13chb0r5lndj1mz504cefmpetrryb3qvf0,Nerdy Peach,2014-10-29T22:44:41,Hey! I'm NERDY PEACH and I'm a new youtuber and it would mean THE ABSOLUTE  world to me if you could check 'em out! &lt;3  Hope you like them! =D﻿,1
            z13mznp52kzciz12t22xx1q5unnxxd1ih04,michael smith,2014-10-30T05:20:18,00 : 39 Im pretty sure that tiger just wanted a hug﻿,0
            z12jwx2ikmq2hh05q04chpgannnofjzgxto0k,Alain Marius,2014-10-30T16:19:21,http://vimeo.com/106865403﻿,1
            z12kj5iz2obvunpm222oynsjrnmvjhkvj,LuckyMusiqLive,2014-10-30T17:58:18,this song gives me strength! love her lyrics. this video really brings the  lyrics to life. I'm getting known fast because i rap with meaning.. thumbs  up if you piss next to the water in the toilet so its quiet...﻿,1
            z125idl4dkrwsdlbj04ccpvbcqjbt3hbbqk0k,Mauro Tricolor,2014-10-30T20:43:47,http://minhateca.com.br/mauro-sp2013/Filmes+Series+Desenhos+Animes+Mp3+etc﻿,1
            z13xzfroimzmyxp4o04cdn1i3wypsflpj4k,Grace R,2014-10-31T01:02:53,https://www.facebook.com/antrobofficial﻿,1
            z13fzno5fnzdwl0wm04cc3fxqkubz3v4ieg,sreekrishna praveen,2014-10-31T07:37:32,i love you katy perry because you will sing nice than shakira﻿,0
            z13hexio2vibenqip04cinuwsv2iifw5zeg,EDIN TIUL,2014-10-31T20:39:28,http://hackfbaccountlive.com/?ref=4344749﻿,1
            z13vcxagnwzruv4yn04cg3dzxsvkelcqgyk0k,Nedim Alp SEÇGEL,2014-11-01T02:37:29, Facebook account HACK!! http://hackfbaccountlive.com/?ref=4477063﻿,1
            z12xf55o4niwyvdor04cizohvyuafzpowww0k,Jackson Heber,2014-11-01T17:28:29,I love katty perry﻿,0
            z13bcdoyolulstiif04cef2bvmepy1i54k40k,Khris Parkhill,2014-11-02T02:37:16,The Perry you're doing a good job good job I love all of their videos and  by the way can you please describe to my channel please please please  please I'm trying to get as many comments to Skyburst lights is a cancer  and get famous please﻿,1
            z123tv1ijsqaz5tv123atxqy3wj5j5mqg04,Michael Jurek,2014-11-02T13:37:06,I did a cover if u want to check it out THANK U.....Michael Age 8﻿,1
            z12yehjxukfljxa2x23iyhoqjna4zp0mi,Bruno Alderete,2014-11-02T14:15:55,EVERYBODY PLEASE VOTE KATY AT EMA 2014 !!!!!  Best song  Best female Best pop Best live Best look  Best video  PLEASE VOTE KATY !!!!! PLEASE PLEASE PLEASE !!!!! VOTE VOTE VOTE !!!!! KATY KATY KATY !!!!!﻿,1
            z12whdyrktazxzbls22jjjaz5tvohh0nz,John Monster,2014-11-03T14:08:14,Οh my god ... Roar is the most liked video at Vevo .. while 2 months ago  was Justin's Baby.. congrats Katy . Applause &lt;3 ﻿,0
            z13ujhk4nwzsf14jl04cgd3o5yrnindgc2s,kyle kops,2014-11-04T03:52:25,https://soundcloud.com/j-supt-fils-du-son/fucking-hostile﻿,1
            z12ltb3iavfkyl4yr04cjperksqvs51otyg0k,Truc Ng,2014-11-04T13:13:28,https://www.facebook.com/myfunnyriddles﻿,1
            z13ufbpg5smtedf4v04ci5gqvqemyb2jsp00k,OFFICIAL LEXIS,2014-11-04T20:24:58,Hi everyone! Do you like music? Then why not check out my music channel.  The LEXIS band will be uploading their own songs and covers soon so don't  miss out. Please SUBSCRIBE too as it does help us out a lot. Just takes one  click. -&gt;﻿,1
            z12ig3mwynaxu5vtr23ed33wdofvwp2ve,hassan ss,2014-11-05T11:36:42,https://www.facebook.com/photo.php?fbid=313454548839369&amp;set=a.207230212795137.1073741825.100005244783212&amp;type=1&amp;theater  1111111111111111111﻿,1
            z12gjxa44vzxcfuqz04cjjmphmiyhzopcuk0k,ELPaso1990TX,2014-11-05T17:37:25,I'd rather hear some propa explicit gangsta rap insted of this garbage.  This song is trash !﻿,0
            z13uhfapiubszxn3g23jctqqpvaectjss,m450nH,2014-11-05T18:30:45,"DAMNNNNNNNN, she is sexy O_O﻿",0
            z13hhrvguty1drrkk23ie1ywjn31zj0sl,RezAIIDay,2014-11-05T22:50:58,Such a good song ans Katy sounds great over the melody. Im growing as an  artist everyday from my hit song 'CRAZY' which has got my name out there.  cant thank my fans more for their support. If you could take a moment? to  check it and my music? maybe you'll join me to make my dream come true :)  thank you for your time﻿,1
            z122ghagzyvyzrv3b23fzf4pelvusdoub,a carlton,2014-11-06T00:55:49,I LOVE YOU!!! Because u make me smile when im sad you cheer me up with your  beautiful songs (: &lt;3﻿,0
            z122g12wzuztdjac4232jxuomqylcfjhc04,William Carey,2014-11-06T02:47:23,"This song is the most boring, asinine song I have ever heard. Coming from a  guy who liked ""Teenage Dream"" (the song). Ever since Katy Perry's divorce  it's wave after wave of shitty but successful songs... For those of you  saying ""This is the next wave of pop music"". Stick it up your ass. Katy  Perry is like Silly Putty. ﻿",0
            z13qh3azhtvkvbypn04cflwaxoz5x51bip00k,Googles top ten pics,2014-11-06T05:26:28,Katy Perry - Roar (Official): http://youtu.be/CevxZvSJLk8. I love this song  and video Katy Perry Rocks Wahoo! 😀😘﻿,0
            z13zyrkzxm21hblzq04cgl4yslaoc1zh52g,Abhishek Kumar Gendah,2014-11-06T12:56:46,And somehow she has access to makeup in the middle of the woods...﻿,0
            z12wy3fjlwnexjpzw04cf5ubzkudvfdinn00k,Fazeela Boodoo,2014-11-06T13:44:00,It looks so real and my daughter is a big fan and she likes a lot of your  songs.﻿,0
            z133v1lwfvzcvrlp004cgbnqivi4xnqwgbk,LrsLzk,2014-11-06T15:58:58,"I can't comprehend why this video has nearly 700,000,000 views. Some people  found 'Gangnam Style' funny so that explains its high view count but this  is just an awful pop song. I really have no clue on this one.﻿",0
            z12kh3rhbs3duzfea23hzf1qhlyuextzx04,Bobby Carlos,2014-11-06T16:30:30,"Lets be honest, you wouldn't last 1 day on your own in the jungle. Stop  living n a fairy world.﻿",0
            z133hdqrqpukup0lp22chhoaztrhvxov5,Quinho Divulgaçoes,2014-11-06T19:50:16,me segue ha  https://www.facebook.com/marcos.sousa4?fref=ts﻿,1
            z130ut4izmyus5xr504cfzrx1umeglx4urg0k,Serj Cat,2014-11-06T20:04:45,"Nature is beautiful, no need to place tits in video to impress people.﻿",0
            z12xjtzzfw2rtdt5p04cfbmihmusv3hjouc0k,Yourmomma Son,2014-11-06T22:17:27,This is so stupid. If you Roared at a Lion in real life you'd dede﻿,0
            z12cvzca1qi3frejt04chrbhzsekxxopids,Paola Zelaya Deras,2014-11-07T01:17:29,This song is so AWESOME!!!She made everything stand out and all the viewers  could imagine themselves at the setting of the video. Awesome Job Katy  Perry!!!!﻿,0
            z12esjnx1qn4vhywy04cfvpaunnxtvhbpnw0k,dinda zivic,2014-11-07T09:19:50,Katy Perry - Roar (Official): http://youtu.be/CevxZvSJLk8﻿,0
            z12xunyyvkfmjpwbn04chxeipmaqg1apkxs0k,BIANCA FLORENTINA MANTA,2014-11-07T11:25:13,Katy Perry is lion﻿,0
            z13ocdbaxwqdvjnwx04ccz1pnvqtezdriqc0k,Uroš Slemenjak,2014-11-07T12:16:21,"People, here is a new network like FB...you register also free, the  difference is only that you get paid for sharing, commenting and liking  posts and so one...don't waste your time on fb for sharing and not being  paid!! Register here to make also money with your everyday posts!!  https://www.tsu.co/slema13 Wellcome to everyone! ;)﻿",1
            z120thzonkjsz3euu233jn0alpmcupqtk,xsilvermistx,2014-11-07T13:17:57,"I've figured out why I dislike this song: it's supposed to be a power  ballad right? Something that's uplifting and motivating by the end.  However, the final chorus has NO extra UMPH at the end and actually sounds  just like the first one. Instead of crescendo-ing into a powerful finish,  ""Roar"" just says on the same wavelength. It falls flat.﻿",0
            z13sx5nrhq22yvste23fvnirosixy55ag04,The Robot Green Hypno,2014-11-07T13:37:51,i like this song the video goes perfect with it﻿,0
            z12hxjxqlu2bifvq204cgbggameftpswvfw,Paul Lewis,2014-11-07T15:05:25,"""....because I AM a champion...and you're gonna hear me roar!""   Today I AM my own champion  Today I AM a champion for the Creator  Today I AM doing positive in my world Today I AM blessing and healing all around me Today I AM successful and  creating success  ﻿",0
            z125tj4zjlngxfvxr04cg5wyhkmxhxloesk0k,Anders Lundgren,2014-11-07T18:08:44,"#nowplaying ""Weekendmix"" track 04 : Katy Perry - Roar (DJ Denis Shmelev &amp; DJ Alex Serov Remix) http://youtu.be/CevxZvSJLk8   Listen live at: www.smartfm.nl/livestream.html﻿",1
            z12mdpxzzvmxwfevl23juhzibvqyvp52s,Martwy Karas,2014-11-07T19:33:46,Katy Perry's songs are the best of the songs of women artists.﻿,0
            z12ji3wbxwivep2zu04cglfrtxvdg3dwzzc0k,Caitlin Hepton,2014-11-07T21:02:30,i like this song because of all the animals and i like this song .﻿,0
            z13wytcx3ljjhvo2w23qejnwjyzryv2xh04,Sam Kesha,2014-11-07T23:21:19,http://www.wattpad.com/story/26032883-she-can-love-you-good﻿,1
            z122vl141lzkvjqon04ccxwxuy3lypghum00k,Kathy Akers,2014-11-08T02:16:29,I love this song so much!:-D I've heard it so much I pretty much memorized  the lyrics﻿,0
            z12rsv4qfpiojdp1p23szbkbfxqthbkh304,Free Fire,2014-11-08T05:02:26,"Hey Guys, I know you tend to skip these comments, but Take a look first.  I am Free Fire, A Big Room, Progressive House, Deep House, Dubstep &amp;  Chillstep Producer from a small town in Missouri. Down here, I have no  support from the community, and all I really ask is some critiquing,  Support, and Views.   My Music has gotten much better then what it was 10 months ago, and I  promise my new content should be more then satisfying. Soon I should be  able to advertise and I wont pester you guys anymore.  So gimme a chance and check out my music, thanks and god bless.﻿",1
            z12usroi1ovwtzud022kttmyetj2vng2n,Jacky Chan,2014-11-08T14:17:38,For latest movies 2014 please visit this site  http://www.networkedblogs.com/p/11cPWb?ref=panorama﻿,1
            z13vedzz3kiuvd25d04cgfoxzlvwznlwyfc,Rafael Macho Gonzalez Jr,2014-11-08T17:22:54,I love that you subscribed﻿,1
            z12kgb3b1qbgghhvk23rwj3j5lmehn3fz,Oreja Ramanauskaite,2014-11-08T20:37:45,https://www.tsu.co/ToMeks Go register ;) free money;)﻿,1
            z12tchtw5m2ff5oyl04cjnl4oofcgx0y1is,We are proud to be Smilers,2014-11-09T12:31:35,"great song, but we all know that Katy buys her views..﻿",0
            z13fctugtriitvzco23gtnb4mnbff144f04,MntDewWigger,2014-11-09T12:50:06,check out mah girl it duh shit yo﻿,1
            z123svxivleiez5vt23mdzk55siwe5on0,Marnell Ampungan,2014-11-09T13:43:04,Check out this video on YouTube:Facebook lhudygirlamaya ﻿,1
            z13tf12gvt2owtxpl04ceprwxmqnxx5a2gs,Kwon Kee,2014-11-09T19:35:44,"Hey yall its the real Kevin Hart, shout out to my fans!!! follow me +RealKevinHeart ﻿",1
            z13felizynymfpd4304cc1loanvyw54pcmw0k,Nathan Waterhouse,2014-11-10T01:07:06,Check out my acoustic channel ﻿,1
            z13udjviuyetffdbo04cfltbemrbx1szsrk0k,Arianna,2014-11-10T02:18:19,♫I know someone will see this ♥ I have a dream… I don’t have the greatest videos or the best quality Right now I feel like i'm not getting anywhere and I need your help ♫ If you could possibly watch my videos it means the world to me ♥ Please thumbs this up so others can see… I appreciate it so much ♥♫ Please listen before you hate. Honestly i  appreciate it so much  You don’t have to love me just give this 17 year old a chance﻿,1
            z13wsnj44xfigrbse22iubv5kmebxlebm04,monal shah,2014-11-10T09:00:34,"https://apps.facebook.com/my-polls/utsitcompetition2014?from=user_link&amp;ref_id=ouxg5e .  Please open this link and vote for  anand niketan international school, the  project name is project Fr-e-dom and share it with  yours friend.﻿",1
            z13auhswxvj3vl1ms22nhpbbrmetc1kvx,MagpiedudeGaming,2014-11-10T15:58:40,I hate videos like these with those poor animals.﻿,0
            z131xnrwqtybhzilh22hipqauyuhvnlx104,Cem Devecioğlu devecioğlu,2014-11-10T16:14:20,Hii youtube﻿,0
            z12kwjfxuybnjvhcj23avhwptniuhbrok04,Karim Bazoka,2014-11-10T16:36:17,nice ..very nice﻿,0
            z13rz1ewdlrfy5tef23hwjkjlr25vhk4304,makayla Yarborough,2014-11-10T17:00:11,I love this song!!!﻿,0
            z13vyd3ofqi4vjute22mhjbaqxf2dvjql04,Nice Girl,2014-11-10T18:11:36,*KATY YOU ARE A SHIT GO DIE!!!!!ROAR IS A FLOOOOOOOOOOOOOOOOOOOOP*﻿,0
            z13kjhwrdtvjzbbtc22ag3u4nmaocb023,Jamie Breedlove,2014-11-10T18:18:04, I love your music ﻿,0
            z13szfnqoxaouldyf04cgrp5tmichhawj2g,FudgePlaysMC,2014-11-10T18:18:08,My 6th grade teacher looked exactly like Katy Perry come to think of it...﻿,0
            z13rynciopfrjhjjp04ccb4zazr4hrerjf0,Taina Boaventura,2015-06-04T17:16:09,curti? click here ?  https://www.facebook.com/demiilovatofas?ref=hl   https://www.facebook.com/pages/Frases-Secretas/448800865296855?ref=hl﻿,1
            z12hezdwqkqvg1zec22mtnerjlixyrt33,DIIL GANG,2015-06-04T19:02:10,http://www.ermail.pl/dolacz/UnNfY2I=                  Please click on the  link﻿,1
            z12ww5toptirsbbjb04chfqgguiqu3jqfik,Lauren And Victoria,2015-06-04T23:00:48,Come check out our parody of this!﻿,1
            z12mznwahnvyz3mjm04cfnizwzmijtjhsp40k,Those two boys,2015-06-05T03:15:10,Please subscribe to us and thank you﻿,1
            z13ihroixyvmzvl2h22kclthlnmmxtggl04,Destiny Cable,2015-06-05T03:33:16,PLEASE VOTE FOR ME FOR THE WET SEAL MODEL 2015 CONTEST! MY INSTAGRAM  USERNAME IS destinyforever_  http://www.wetseal.com/modelsearch15/modelsearch15.html﻿,1
            z13tz53yppyvd3obo04cef4zzounf1cporg0k,Portman P.,2015-06-05T10:04:47,"SIMPLY PUT, OUR CUSTOMERS LOVE US... and so will you!https://www.facebook.com/greenleader﻿",1
            z12wgp0z4oj1sxqqf04cgfuwczfsvnjw3ew,sunny leone,2015-06-05T15:11:28,https://binbox.io/DNCkM#qT4Q1JB1﻿,1
            z13uuxnivmfpvplmi23vvrdhsku1vpnfy,KillerDan,2015-06-05T17:59:36,"Almost 1 Bil. What? Wow, GS sucks, in my opinion.﻿",0
            z13ndnjbcnj5y1jpv04cg3z4tqfjihobu0w,Julia Szefer,2015-06-05T18:13:30,Katty is the best! ! ! ! ﻿,0
            z13ocniikmi1vzubr04ccn3jkzihtrbzpp00k,Bader Awesome,2015-06-05T18:21:28,That was very good I mean very very much good ﻿,0
            z12sjp3zgtqnvlysj23zuxxaolrvd1oj504,Kacy Cluley,2015-06-05T18:59:52,This song means so much to me thank you  soooooooooooooooooooooooooooooooooooooooo much:-) Xxx﻿,0
            z132enrpoy35yxpoe04cjr4zur3jvbyq3xo0k,Kasia Fabisiewicz,2015-06-05T19:02:05,&lt;3﻿,0
            z132jbmxfqm4fjysg23nwjfb2mv2vxnua,Decio Alves Martins,2015-06-05T19:29:20,"KATY PERRY, I AM THE ""DÉCIO CABELO"", ""DECIO HAIR"". I AM 60 YEARS OF AGE. I  DON""T HAVE FAMILY. I""M SINGLE. ALONE. HOMELESS. I WAS AN ALCOHOLIC: 15 AT  THE AGE OF 46. I AM AN INVISIBLE COMPOSER. MY DREAM IS TO RECORD MY SONGS.  COULD YOU HELP ME? PLEASE! PLEASE! I TRUST THAT THE YOU WILL GIVE ME A  CHANCE. I HAVE 109 VIDEOS IN THE YOUTUBE: deciocabelo canal. KATY PERRY, I  WAS BORN IN OCTOBER 25, TOO. THANK YOU VERY MUCH!!! DECIO HAIR.﻿",1
            z12cdlswetvnejcri04cex0jfwy2u3tzj54,Rafi Hossain,2015-06-05T19:55:08,Honestly speaking except taylor swift and adele i don't lile any of the  modern day singers. But i must say whenever i hear this song i feel  goosebumps. Its quite inspiring!! Thanks miss Perry!﻿,0
            z120e5uautvcuper304ccf4bjrjugdpbwrc0k,moaz adnan,2015-06-05T20:01:23,who is going to reach the billion first : katy or taylor ?﻿,0
            """#
        ),
        (
            "Youtube03-LMFAO.csv",
            #"""
            COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS
            z13uwn2heqndtr5g304ccv5j5kqqzxjadmc0k,Corey Wilson,2015-05-28T21:39:52.376000,"<a href=""http://www.youtube.com/watch?v=KQ6zr6kCPj8&amp;t=2m19s"">2:19</a> best part﻿",0
            z124jvczaz3dxhnbc04cffk43oiugj25yzo0k,Epic Gaming,2015-05-28T20:07:20.610000,wierd but funny﻿,0
            z13tczjy5xj0vjmu5231unho1ofey5zdk,LaS Music,2015-05-28T19:23:35.355000,"Hey guys, I&#39;m a human.<br /><br /><br />But I don&#39;t want to be a human, I want to be a sexy fucking giraffe.<br /><br /><br />I already have the money for the surgery to elongate my spinal core, the surgery to change my skin pigment, and everything else! Like this post so others can root me on in my dream!!!!<br /><br /><br />Im fucking with you, I make music, check out my first song! <a rel=""nofollow"" class=""ot-hashtag"" href=""https://plus.google.com/s/%23giraffebruuh"">#giraffebruuh</a>﻿",1
            z13tzr0hdpnayhqqc04cd3zqqqjkf3ngckk0k,Cheryl Fox,2015-05-28T17:49:35.294000,Party Rock....lol...who wants to shuffle!!!﻿,0
            z12pcvix4zedcjvyb04ccr1r0mr2g5xwyng0k,PATRICK_TW,2015-05-28T16:28:26.818000,Party rock﻿,0
            z13rcnlyamexujnf022vcrb5qouetpjz404,Brian Brai,2015-05-28T08:58:10.905000,Shuffle﻿,0
            z13oe5si1ouygx2dv22vcrb5qouetpjz404,Brian Brai,2015-05-28T08:57:27.399000,Omg﻿,0
            z123izobdqqyszmsx231cfuahxfjwjmpk04,Alex DeFeo,2015-05-28T04:15:22.615000,This song is just really fun ﻿,0
            z13ghh0z5z3li1q1i22jdjma0xn2z535404,Giovanni Jimenez,2015-05-28T03:52:56.877000,Awsome<br />﻿,0
            z13lwnoznomnynobc04cd5oylkz4vbngkhk,Silvia Bascur,2015-05-28T03:26:23.957000,wow!!!!!! increible song!!!!!!!!!﻿,0
            z12wctyrfvndsj32n23yhrhrxlyiulpcn,Michael Whiteside,2015-05-28T03:08:19.077000,I love this song so much﻿,0
            z12qgle4jsutshh1422kwjzwdkneerd4004,yenis maría Rodríguez,2015-05-28T01:14:19.847000,2015 LIKEEE﻿,0
            z13rtrlxatfpfruxj04cd1hbizb4hv5jmf0,Alex Martin,2015-05-28T00:37:36.183000,I miss when people dressed like this.﻿,0
            z12luhmz2trvu1s0y22xyfhq2lbgwhkxm04,Alex Jansen,2015-05-28T00:04:06.940000,2011- the last year of decent music.﻿,0
            z12afxix2xnyhxaon04ccdtofrj3h10ygrk0k,Aiden Hill,2015-05-27T23:10:57.437000,Best song ever!!!!﻿,0
            z12rt5qylz3ny5qdv221epkhvsvxwlgjz04,joe pepin-leblanc,2015-05-27T22:19:11.429000,"super nice, love musique﻿",0
            z12ogdfjckevwjtz504chrzytqeqthybckw0k,bilal kenno,2015-05-27T20:47:16.351000,wowwwwwwwwwwwwwwwwwwwwwwwwwwwwww﻿,0
            z13fzxmg0si1cpsc323silmpnpuasflls,SoulInChains00,2015-05-27T18:28:25.926000,PARTY ROCK (8) ~﻿,0
            z13xjvjgxqbcgdeni22wxfroqsvutpyb004,Phương Linh Nguyễn Ngọc,2015-05-27T17:28:08.014000,Thumbs up if you watched it in 2011﻿,0
            z12nf31pdvqmjdoyt04cdn3xzvajgrihnfo,Gonzalo Ferrare,2015-05-27T16:50:10.276000,this is increidebl﻿,0
            z12uwpdgeqnex5wwi04cjlkotmfeuv54zzk0k,‫אסף שמש‬‎,2015-05-27T16:06:08.781000,LMFAO!!!!!!!!﻿,0
            z125v3ozoqenvthaz04cdtajsmzwgxkwxug0k,Henri Kameron,2015-05-27T15:44:45.019000,just :( superr!!!﻿,0
            z12eg5zqxqbdfdzcn22uwxoqxovhhz1ke,Lukas Ogonowski,2015-05-27T14:01:10.337000,2015!! LLIKEE!!﻿,0
            z13yyrro2wmcshswh04cd3saivu1xdprerk0k,LoL Games,2015-05-27T13:37:19.404000,Yeah! Let&#39;s start the party!﻿,0
            z13ew5agxpmnifz3223ljn1rtvidtj0fp,snsddien,2015-05-27T13:17:02.665000,This awesome song needed 4 years to reach to 800 mil views while Tango Switch bitch needed 1 year. its not fairrrrrrr﻿,0
            z13lhzyb0wmyfftcb22pdbg5swe3xlxds,ulvi ualiyev,2015-05-27T10:49:29.568000,NICE GIRL :D﻿,0
            z134xhhpulz0snlai04cehqhosvst3lxbss0k,TransFormersAddict11,2015-05-27T10:45:17.666000,I remember back when this was so popular everyone on our school was shuffling it was crazy﻿,0
            z13thxlwoy2qftuh204cgvvg3yvpyfbgvvc0k,Brandon Richards,2015-05-27T10:35:17.730000,LMFAO!﻿,0
            z12rif2ypuzofjo0s22se3e5dzrnznq2z,Jared Acevedo,2015-05-27T03:47:34.735000,Super awesome video<br />﻿,0
            z13xc5v4hkbfdvgpb04ccz0zkrujib4a23c,Paul Crowder,2015-05-27T00:34:43.591000,JUST DANCE 3 😂😂😂﻿,0
            z13fhbspolbawj5tn22bsbw5ynvlt1kku,Paul Crowder,2015-05-27T00:33:53.183000,"This Will Always Be My Favorite Song<br />But My Favorite Part Is <a href=""http://www.youtube.com/watch?v=KQ6zr6kCPj8&amp;t=3m40s"">3:40</a>-<a href=""http://www.youtube.com/watch?v=KQ6zr6kCPj8&amp;t=4m11s"">4:11</a> In The Video ﻿",0
            z133wlxihmr0xzicr224gfj53tnhxlxmg,keonte moore,2015-05-27T00:25:35.792000,Party Rock<br />﻿,0
            z120tv4aborbjtpuo22ecxvx2rqmsrhck,Paige Lebrun,2015-05-26T23:25:22.172000,"LMFAO - Party Rock Anthem ft. Lauren Bennett, Goo…: <a href=""https://youtu.be/KQ6zr6kCPj8"">https://youtu.be/KQ6zr6kCPj8</a>     <br />BOX MAN GOT SOME MOVES! :D HE MAKES MEH SMILE﻿",0
            z13wxrejjparwzku322ytdjamub5y5glg,EDWARD  PALMA ,2015-05-26T22:40:08.281000,This the best song i ever hire<br />﻿,0
            z12sfpazjvv3s3tss23hdhgacwasjjemb,breathinsoul,2015-05-26T22:21:28.011000,"Its funny that Mahogany is there lmao, I actually didn&#39;t know that her brother and uncle are part of LMFAO﻿",0
            z13gfxxpcpemtbfru04cgnobbqraszrowpc0k,lol Ippocastano,2015-05-26T20:35:37.090000,"Party rock anthem is love,party rock anthem is life﻿",0
            z13nfjwhmzyfthozy04cgnobbqraszrowpc0k,lol Ippocastano,2015-05-26T20:33:36.195000,"Stop,is a very TOP 1﻿",0
            z12lgx5xhnj2sdsy004cdhooyvfvd314dyk0k,goofygroova16,2015-05-26T20:03:52.314000,Ahhh back when my life didn&#39;t suck...﻿,0
            z134ejc5qo2tinqb404cezl4ayq5cprwoqw0k,Boa Hancock Amelia Caria,2015-05-26T20:03:08.241000,Party rock! XD﻿,0
            z12qgp2yvnbvx3wf1222idfjcybhhzl3d,eliška žáková,2015-05-26T19:59:04.606000,CUTE  :)﻿,0
            z13vg3dgkqjycpttg23bvl2pwzzzwnteo,Ciasteczko ;*,2015-05-26T17:56:36.413000,LMFAO best songs ever!﻿,0
            z12sulyo4qmyjvjvm23tznvzfnboetfuj,Like👑A👑Boss (Chloe that pony lover),2015-05-26T16:56:19.780000,"I fuckin love this song!<br /><br /><br />After, I&#39;m sexy and I know it ﻿",0
            z13ydf2g2z3lz1ids22zy50ocn2hvxfn2,FERTHEBOSS1,2015-05-26T16:54:58.587000,they Shuffle hard that they made an Earthquake in Nepal﻿,0
            z12ghl3g3lfvsz5lh223u10jnyvgflune,Madagascar Tropic Voyage,2015-05-26T16:02:07.100000,Nice﻿,0
            z12re1q41uvxf3lkf22zzpdo4mj2cflxq04,Gulam Maulana,2015-05-26T15:46:26.833000,still.. this reminds me of 1 years back when i was do shuffle everyday﻿,0
            z13sunj4vkyqwdwsq23jcvrpepyegzwrb04,Tyrone Wilson,2015-05-26T14:41:43.931000,Love this song makes me wanna dance! ﻿,0
            z12hh3bobpvle1mvt22icnvommzjjxaup,Ahmed al rawahi,2015-05-26T13:14:11.830000,that time in 2011 where this shirt was cool﻿,0
            z13jihf5luz0s5nlj22usvaquqeyvxk2u,Merle Walton,2015-05-26T12:53:14.308000,Love this video and the song of course﻿,0
            z13fzt0pzle4dlczg04cfd3yonqhfrva3bs,Jenna Metchooyeah,2015-05-26T12:31:06.611000,Check out this video on YouTube:﻿,1
            z13df5jp4umzg3jhw04chniaxlviirc4hqs0k,Tominke Urbančok,2015-05-26T12:29:11.663000,Very Nice !!!<br />Yeah Fucking.﻿,0
            z131jxyx5lameffkt23qfhsb4weazhxxg04,thebayareapimp,2015-05-26T12:04:50.454000,WELL THIS DUDES FADED THE FUCK OUT!﻿,0
            z12cffepsub4gv5z204cjn5zykntdz45ygk,Meneer Mandje,2015-05-26T11:51:10.891000,Ah. Good old times (:﻿,0
            z131uxqp3qawzxohf04ce3njbzawyjyhbuw0k,No Name Ass Fuk,2015-05-26T11:13:20.537000,old and good song﻿,0
            z125ed041z3phrqsu234vljydn35jhadw,hassan laidli,2015-05-26T09:23:16.049000,cool﻿,0
            z12lzlsxewzbihrvl23jibxpttjxcrv04,wanderer damion,2015-05-26T08:19:38.276000,not 2 million view anymore :))﻿,0
            z13dun5iruvhx3ryi04cgjkq1nqhhp2p1p00k,Jipi Trần,2015-05-26T07:16:51.245000,Good﻿,0
            z13rhxvopkjkxp1kr23xfrio3oyttbvuq,Xan Harmer,2015-05-26T06:19:34.669000,Check out this video on YouTube:﻿,1
            z12ntfuinv2kjvjtr220szfjmru0ydt13,Jessica Benavides ,2015-05-26T04:15:04.528000,Check out this video on YouTube:<br />﻿,1
            z120zd0iryyxgfsnh22zxxqq1q3pjf5et,ShockMinerX,2015-05-26T02:03:46.816000,Remeber the good ol&#39; days when songs weren&#39;t about butts.  ﻿,0
            z12lfltwkq2cv1gft22aslh5hwyjgtzto,marie smith,2015-05-25T22:01:29.580000,You are the music hero😍😎﻿,0
            z13hxdr5uvbsintfz22uddk4imbkcp20h,Mattkrewe,2015-05-25T20:36:42.681000,i was born in the wrong generation﻿,0
            z13nctv5kwyetr3q504ce3443mqbhns4xu40k,janet rangel,2015-05-25T18:11:22.048000,Love this song makes me wanna dance! ﻿,0
            z12cylxbfwfxijrbs04ce3443mqbhns4xu40k,janet rangel,2015-05-25T18:03:46.138000,Love this song makes me wanna dance! ﻿,0
            z12rtnfbgv2jwdj4q04cefeaqxevh5ogpwg0k,Роза Герман,2015-05-25T17:09:31.831000,Very good! Like! :D﻿,0
            z13wtxlwqlfizpaiq04cixs4eon3ez5xeaw,Andy FunnyVideos,2015-05-25T16:33:18.843000,"the views...... They&#39;re over 90,000!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!﻿",0
            z13ezbtpzujggwcckyy0cljbfkn0zbkk1,Gaven Purdin,2015-05-25T16:30:30.753000,love lmfao party rockin keep it going﻿,0
            z12hy3mipnupwbelu23bxloz0uyutfhql04,Martin Dushkov,2015-05-25T12:24:17.075000,Best Music Ever!!!﻿,0
            z12pxvow0mzfj3mvx22hv3eqslmuvl4w304,Ernad Smailovic,2015-05-25T07:44:47.054000,Likeeee﻿,0
            z12ycjvh3nbqulnmr23tyv45pubiexurd04,nienke de kimpe,2015-05-25T07:14:26.531000,Cool﻿,0
            z13jvndqyr2zjzpxo04cij4pdva4yhqzlq40k,D Maw,2015-05-25T05:43:54.048000,Remeber when this song was good﻿,0
            z122wfsbyvfeip0wl04cefjz1svzcd25vqg0k,jesus sanchez,2015-05-25T05:37:32.023000,2015 &lt;3﻿,0
            z13lutxw3tnfj3fgg04cfrwgolm1ftzp2ug0k,Chibi Chan,2015-05-25T03:11:56.180000,i want to be that robot guy...﻿,0
            z12pd3wq0p3wzzt5p04cd33pwnrreduadn40k,Brianna Reed,2015-05-25T03:02:02.615000,I LOVE YOUR SONGS﻿,0
            z13yd544duyufvy1h22mhplzskveejjl3,Lemon Slices,2015-05-25T02:12:17.753000,Omg it&#39;s going to have 1bi views!﻿,0
            z12sh3g5bxeczzrpw04cg3vatpv5cphzbok0k,Georges EIrani,2015-05-24T23:52:38.563000,Dance :)﻿,0
            z13jszkr5ka1e5s5204cetkg3mnazbb5zcc,Paul Garza,2015-05-24T17:13:37.700000,Check out this video on YouTube:﻿,1
            z12vtxzqskzlupozn04cdjdpvrvctxjpn0c,ignacio diaz palma,2015-05-24T16:10:47.020000,5 years... ﻿,0
            z121hxvwrz35e1udw22lh5objyf1wxefn,Amanda Ludwick,2015-05-24T15:54:08.016000,cool cool cool cool cool cool cool﻿,0
            z12avxpx4t3xib0fq225jvlbdnqfh320y,Eliana Guzman,2015-05-24T15:47:50.071000,Wow I love it ﻿,0
            z122ixhpoqn3i3s5u04chxvxqtr0dns4gqs0k,Kenster,2015-05-24T11:54:19.170000,Who knows the name of that girl?.. and that one.. and that one...﻿,0
            z13yydnzzta0frsum23rx31imxmdfn4t3,Baptiste Blomme,2015-05-24T11:35:58.714000,Why did they stop their career in music? This music rocks !﻿,0
            z12ctjfqtz3gjtgqj04chrbxtxutf5dh310,Franklin Music,2015-05-24T02:53:52.667000,Very Nice !﻿,0
            z13lfhwrjweyxzs4c04cgxwywsvyw3zhexg0k,Salvador Sanchez,2015-05-24T02:28:34.605000,Why sooooo many downs?﻿,0
            z13fvlhr2lzfflguw22hd5rjckihspgwt04,crazy girl,2015-05-23T23:26:05.305000,tension⤴︎⤴︎﻿,0
            z133wn2qulv5zz45q04cc10qbqv3gts5e3w,Sana Kashif,2015-05-23T20:55:07.056000,Nice﻿,0
            z13sjlb4rrjmdd2tl23cidlblkizefxvx,Yuliana Andrea  Caucali Acosta,2015-05-23T18:59:07.686000,2015<br />I like video﻿,0
            z12uzb3oxy23cbikz23qsjczaxz5wh1t5,luisel Tutoriales Gameplays (luisel Tutoriales),2015-05-23T18:56:07.484000,music yeah﻿,0
            z12jvb5gsrnmebqqv04cg11jwtmdwfdx1jw,_ OMGiTzLeo _,2015-05-23T18:15:32.442000,Like this in 2015! :D﻿,0
            z12bivpo3navshouw23tixb5imayt1xqt04,Lizz Seamore,2015-05-23T16:34:57.143000,This was such an epic track. And the video is awesome!﻿,0
            z12jf1h5lznmuhcuw22ruxdyxp2eh32ch,irving echeverria,2015-05-23T16:16:34.285000,LIKKEE﻿,0
            z12tgphxmvmizr5h104cjzr5rle3tftgch0,joann belin,2015-05-23T16:13:56.684000,give it a like﻿,1
            z12njt2xmsb2jpbp104ccz3xiwfzflriujo,Powpie Cheers,2015-05-23T13:58:07.199000,Lets party﻿,0
            z13tsligxuffvrxkz23qibyydnbagphm2,Terry Short,2015-05-23T11:46:55.624000,"Support the fight for your 4th amendment right to privacy in your home and business. Stop the NSA spying on Americans with the un Patriot Act Renewal. Rand Paul has spent 10.5 hours on the Senate floor in a Protest and Filibuster fighting for our  Constitution that this Nation is founded on. Join the fight at Rand Paul dot com. Spread The Word. We Have Someone That Cares About Our Nation.  Email your Senators, Congress men and women, tell them to support Rand. Tell the news to support Rand too. Senator Rand Paul was up until <a href=""http://www.youtube.com/watch?v=KQ6zr6kCPj8&amp;t=1m00s"">1:00</a> am this morning fighting for our Constitution.﻿",1
            z13fehihaneyzh3wp04cfxrwkyfkwvgoex00k,pratik patel,2015-05-23T05:28:49.504000,"mindblowing dance.,.,.superbbb song﻿",0
            z12ldxsqzsvvwf5h404cjh5ooxincztrles,Tiona Mayo,2015-05-23T04:03:15.720000,Anyone else think this video theme is a bit of an insult to 28 days later? ﻿,0
            z12lfnvjjm3vi1fsx23mdjc5rpu3x3kox04,Jd Hurst,2015-05-23T01:50:08.642000,Check out this video on YouTube:﻿,1
            z13qwl2rznzohbhqy04ch3cy5tnihrkhlt40k,Thejaynetts,2015-05-23T00:53:59.385000,Never get old ﻿,0
            z13rjvjx1qbrsf5ng233tbgyyxy2wroqu04,Châu Nguyễn (Michelle),2015-05-23T00:00:28.937000,I remember when this used to be so popular all around at the time.<br />I still love it.﻿,0
            z13lfpkzyzvoynqvi234g5ix3taoefr21,Roham 11,2015-05-22T20:42:29.523000,Strong messages in every  song I&#39;ve  heard.﻿,0
            z13jspr4tpe5cfofr23eftm4ivaigv1ju04,vipman yea,2015-05-22T19:29:46.566000,4 fucking years are fucking past so fucking fast fuck.....﻿,0
            z13bx3dxkuqafjtdo22dszzq4wy0sxxkq,sok piseth,2015-05-22T17:51:58.941000,I know it old song but (like) if you watching in 2015﻿,0
            z12fud04ypiisp4gu04ccbrobq2fzlbawsc0k,troll face,2015-05-22T16:27:17.041000,i&#39;m watching this on summer 2015﻿,0
            z12dfr5irwr5chwm3232gvnq2laqcdezn04,Carlos Rueda,2015-05-22T15:04:20.310000,I am going to blow my mind﻿,0
            z12tevwo3qq4cxwv022vgxnx2senxvxar04,FunCircUS,2015-05-22T14:43:16.180000,And i´m Shufflin still today :D﻿,0
            z12nd5j4tofqu3r5104cirbicuj0v3pp51k,Waleed Khan,2015-05-22T13:54:59.712000,This is my favorite song ever love this Party Rock It Everybody!!!!﻿,0
            z124c10ohxvlx1mip04ccp3rqtetgp2qxhs,Tuấn Anh Nguyễn Tiến,2015-05-22T12:31:53.438000,1000000000 views.﻿,0
            z13ucpgpwv2zw3wwr04ch5jj3ya1jtmq1g0,JR6GAMING,2015-05-22T02:08:09.304000,lets get it to 1 BILLION﻿,0
            z120t12qtr23etulr23rvzbyfyj1yfons,Mayen Dabuol,2015-05-22T01:59:18.387000,Love this soooooooooooooooooooooooooooooooooooooooooooooooooo much﻿,0
            z121tf4iwyrivvpsf232dhho5k33dvxy204,Carol Galvan,2015-05-22T01:37:18.791000,I love this song so much﻿,0
            z13uzb3zqoylw1kl022zidpqbn2tfpcjr04,Connor Mire,2015-05-21T20:47:08.673000,I&#39;m A SUBSCRIBER﻿,1
            z13xxf3qlq2bxpm1o22zidpqbn2tfpcjr04,Connor Mire,2015-05-21T20:46:54.704000,This Song is AWESOME!!!!﻿,0
            z12cttv5iwv0ur3en221ih2zssbkfrczq04,Lolumad66,2015-05-21T19:41:48.565000,Best song ever made i swear :D i still hear even doe it old!! who else?﻿,0
            z12mzfsy0mypfvcy404ccdvqmyq5gzqazow0k,Nancy “Aya” Lo,2015-05-21T19:16:44.104000,I came here because of Vanoss.﻿,0
            z13kvz3pluj4uv2es23ugvuytyftxbpb204,Tala sweet,2015-05-21T14:15:23.860000,Best song for ever💜💜😢<br />﻿,0
            z12jjrfyukjlw5wyl04cddbo5pysslphbqs0k,Miix_MC,2015-05-21T14:01:01.480000,epic﻿,0
            z12qd1vx5xjecxvxu04cevnpmmqve30jgrk0k,   Berty  Winata,2015-05-21T11:41:30.117000,"I like so much this music,  good ﻿",0
            z13dv1fxtl20jhylo22pyx5gvme4wra1q,Shirley Donoso,2015-05-21T11:34:17.696000,Beautiful song﻿,0
            z13ufhijoxrjsnrxz04chh3gzledzruyg2c,Aryan Khemka,2015-05-21T05:31:14.644000,Why do I feel like as if Gangnam style copied their song from this?!﻿,0
            z133xtoivnattvbm123idnoxlxryufnlg,LemonSpy_,2015-05-21T03:30:25.794000,"Damn, this was everywhere﻿",0
            z13egr0zgknxttdyj04ci54ofzamcpuipng0k,Ice cream hero For AWSOMENESS!,2015-05-21T01:28:02.562000,Party time!﻿,0
            z13mgxsztmn1hpam223tcxbglvi2wpx4o04,Steven Sachel,2015-05-21T01:24:34.058000,never gets old﻿,0
            z13wz3sxqzv5u1axg04cepvrosylertw5xo0k,Nick Hardison,2015-05-20T21:46:43.674000,this song is fu cking awesom!!!!!!!﻿,0
            z13ms12adsbdjbdds23nctrqsq2qhtose,Angela Alor,2015-05-20T19:53:57.924000,HOW DO YOU PUT A PICTURE FOR YOUR IMAGE THINGIE?!?!﻿,1
            z12cjdywboihdxu5d04celsj0m2vjzrwk0k,DrPunkable,2015-05-20T17:39:26.476000,"okay, this should cover me for some time... Thumbs up if you&#39;re watching while youtube still exists.﻿",1
            z12mfpupfyqairrzh04cf5v5ppeldjha53c,shreyes taral,2015-05-20T16:57:09.940000,"This song is just insane.<br />Do you dance listening to this song?( i do, lol)﻿",0
            z13bdbmoqo3yurmfa22lznkpvqqkfl5fh,Smile day,2015-05-20T16:17:41.577000,:)﻿,0
            z12vsvqwqyjiinvj204cjjjyflbgvbsgtlg0k,Eduardo Salgado Uresti,2015-05-20T13:16:34.752000,Thumbs up if shrek is gay 👍﻿,1
            z13rfjuxmtm3vd2eb23qi1brgq3ic5nxv04,Marshmallow Kingdom,2015-05-20T12:40:57.549000,THUMBS UP FOR ROBO GUY BABY﻿,0
            z12byh5aau33evli204cits4yxmsht0qjrg0k,Marshmallow Kingdom,2015-05-20T12:39:21.201000,SERIOUSLY HOW DID THEY COME UP WITH THAT BEAT IT IS INSANELY GOOD HOLY FUCK﻿,0
            z13wtxw41lucynljt04cits4yxmsht0qjrg0k,Marshmallow Kingdom,2015-05-20T12:38:04.230000,BEST PARTY SONG LITERALLY PARTY ROCK IS IN THE HOUSEE TONIGHT!!!!﻿,0
            z13tudczpxi5j1eun22zudooymblxxeup,Mary McCoy,2015-05-20T12:10:42.138000,Memories﻿,0
            z133dbir3vbttld3122mdjtjyq3dc35z504,Ticci TøbyyX3,2015-05-20T10:15:33.415000,I lovee it ♥﻿,0
            z132ed545qrhytxr404ch1q43uuyzrdwnqs0k,Niecee Sumling,2015-05-20T07:52:09.296000,More views than nikki minaj Anaconda﻿,0
            z12de5li5lzwcbblp23gc11zmli4t5r10,Dicky Tricahyadi,2015-05-20T05:49:45.161000,LMFAO IS THE BEST﻿,0
            z133hrmoltquclguh23luxkq2w2zgj1vz,Daniel Cruz,2015-05-20T04:15:49.589000,Who else saw jesses dancing sorry if I spelled it wrong  peace✌﻿,0
            z120ubqoukjxu1ktp22xfvexvyu3xzkbv04,Jasmin Lopez,2015-05-20T03:52:41.589000,I like how the robot shuffles he shuffles good﻿,0
            z12sub0pnwzlgnz0r23pwvaqtuveyxr1z,Blaze Blaziken,2015-05-20T03:50:29.098000,you cant stop the shuffle﻿,0
            z12aczabeuzvhb0bg04cg35o2li0whbglss0k,Maria Lopez,2015-05-20T02:07:55.736000,Dang Dat little kid gat moves﻿,0
            z125fx5glr2mwfycg22otzyjbvuod5yjx04,uncleltr,2015-05-20T01:50:18.209000,I miss this song. 😢﻿,0
            z13twftbwk3qxl3gp04cgnob4ueot3pglok0k,creeperx 945,2015-05-20T00:31:13.204000,Loves it﻿,0
            z12dhjqivqv3zvxwl04ccrs43v2wz1cbys40k,Bella Cullen,2015-05-19T23:21:48.011000,Check out this video on YouTube:<br />Gotta dance and just have a blast every time I hear this song !!!! Just ❥love❥ it!<br />﻿,1
            z122wjt5wsi3xt25304cg1yrnxuxyluayuk0k,Insomniac,2015-05-19T23:17:19.120000,Man this song really does get in your bones - one minute I&#39;m nearly dosing off to sleep - the next I&#39;m shuffling like crazy with hot feet XD﻿,0
            z12lxf34zybwv5siw04cftthhuiksxfjpjo,Deyanira  Urena,2015-05-19T23:09:27.619000,That shake and that golden and black robot were really partying ﻿,0
            z131i14binnjjtrnn224e5yw5re0jxtmf,emrah England,2015-05-19T22:10:02.515000,Take a look at this video on YouTube:﻿,1
            z13jzdtr3nqkc5ooj04cilhxgzywzhfrnzc0k,Fire Ghost73,2015-05-19T22:01:54.036000,cooooooooooooolllllllllll﻿,0
            z12sz3wprvyovr2sr235gbex2tewsbqwh04,Khadra Abdirahman,2015-05-19T17:13:17.961000,Wow;)﻿,0
            z13hhvtojxzvyl3oc04ci5pzaqjpynz5nvo0k,edge mango,2015-05-19T12:40:24.071000,"OH SHIT THIS WAS UPLOADED ON MY BIRTHDAY, finally my birthday isnt a curse, because on this day maylaysia airlines went missing, so i thought my birthday was a curse xD﻿",0
            z13ledpiwqidu5iu022vy1yy3zntxnniz04,Pepe The Meme King,2015-05-19T03:50:16.935000,everyday I&#39;m shufflin﻿,0
            z12nd53pxmacxb5wz04cfjsbvsjyjbqihvw0k,Pepe The Meme King,2015-05-19T03:49:29.427000,everyday I&#39;m shufflin﻿,0
            z12gyripbnbehdria04ccn2jxlqkwjhqbio,Damn Son,2015-05-19T03:49:19.732000,Thumbs up if FE-FE-FE-FE-FEGELEIN brought u here﻿,1
            z13bixew2rvmfpxcx23mf3iwxmydd3qh104,Teo Wei Jun,2015-05-19T02:04:52.377000,Every day I&#39;m Shuffling !﻿,0
            z13gcbixunqogr2k4220fp1xcqz5svi0b,Heavyassmetalman,2015-05-19T01:37:24.873000,cool song ever good thing its here﻿,0
            z13jwbvxvoqje10yg04ccbx5lna5w5rr0tg0k,EraserMan2,2015-05-19T00:46:08.243000,why does the world not shuffle???﻿,0
            z13bvpnptyiuzjlr004cijkhguzvjlsjrpw0k,jen ven,2015-05-18T18:14:56.234000,"Love these guys, love the song!﻿",0
            z13ot51yusa1htugp04cffzh0knkz55ae4w,Alexis Dean,2015-05-18T15:00:30.430000,Its funny because I listen to rock and death metal. But i like this.﻿,0
            z133gz1qly2kit14004cgfuznyqezxay4uk0k,Georgina Riba,2015-05-18T14:57:49.390000,"Shuffling all the way with LMFAO! I like this one, wish I could shuffle like these crazy dudes﻿",0
            z13ftvvprmqnijnrr04cgrej5paxhp3ionk0k,CHINMAY JANGID,2015-05-18T14:50:38.070000,5th most viewed video.. i guess﻿,0
            z13duz4apzezupvmy22agxwikzizhrah304,JuanjoOMG,2015-05-18T13:48:51.649000,my favorite song﻿,0
            z12tyfpzkznlghgqz04cjpsp3ymuil05t3g,sheerwill,2015-05-18T13:01:00.402000,I like this song<br />﻿,0
            z13zvnepkwvgirzi104cdf1pyyyecthieew,Ali Altınışık,2015-05-18T10:56:12.254000,Wow dance show﻿,0
            z13cfr5o3mnyez4ju04ce3whmvflg1fifl00k,vieshva .d.exodous,2015-05-18T08:38:34.236000,Awesome﻿,0
            z12ojfkgxxrxurgvz23vxxjg2rabwlikn,Mason Pearce,2015-05-18T07:12:10.556000,like if ur watchin in 90000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000                                                                                              1﻿,1
            z12cgnpg1z2kydz5x04cg5djrte2zllprng0k,Cameron Raji,2015-05-18T04:20:48.086000,Good times. ﻿,0
            z13cy1hhuzuuz3m3n23jhbo4bsylj1rt5,Fred Courroie,2015-05-18T02:58:22.855000,Laughing My Fucking Ass Off!!!﻿,0
            z13djfvhftzqdxlql04chviyzoroz52wroo0k,Blaze Rod,2015-05-17T23:01:41.901000,"when i see this back in 2015 i ask myself how people got to like this song. seems like Gangnam style copied this style though, might just be me but yea﻿",0
            z13suboizyjhsvsg004cj3iypry3hjewpss0k,connie cooper,2015-05-17T21:07:42.387000,wait I SAW A KID NOT KIDDING﻿,0
            z12hctzi5nvbxhcqu04civkgsujfeffxkvs0k,Donna Loyd,2015-05-17T19:58:38.281000,Party rock due and duel﻿,0
            z12je1hpbmvbux4iu04cflvz1qiluvvawo40k,Chihiro Cross,2015-05-17T19:55:19.876000,fucking love it omg :v﻿,0
            z13cdn1asl2jy5ceu23ssbvohmqcjxdw104,javiera fracisca labrin,2015-05-17T19:43:43.872000,this very good so I dance with some companions front of the whole school﻿,0
            z12gwzbqipbzyt0dg232zfya0qzpudm0e,Vathanarajah Kunarajah,2015-05-17T19:36:36.955000,Check out this video on YouTube:﻿,1
            z13qfx0atsepgjsjn04cdniyxw21y3qqarg0k,chicharito fan,2015-05-17T19:35:44.075000,I could finally do the spongebob but I started yesterday XD﻿,0
            z13jtruhmlzzznqps04cd5rrbl2uexth4to0k,Lorenzo Raggiante,2015-05-17T17:14:17.168000,Thumbs up if you&#39;re watching in 2015﻿,0
            z13ctjchczaqerw3i23aw3cbzqidflbb304,Naomi Rayner,2015-05-17T16:33:08.950000,I love it﻿,0
            z12xdtdgitfgyxa0y23sxbvrwp3owpjgd04,Julien Paradise,2015-05-17T16:18:24.098000,"LMFAO - Party Rock Anthem ft. Lauren Bennett, GoonRock.﻿",0
            z13yu32w3mrltv3qk04cjztj2wmos54qfss0k,Emiliano Maldonado,2015-05-17T15:38:50.015000,I hate it when Laura Bennett comes in﻿,0
            z13pxhrhjrjqfzifz23bttvrnrifc3nhf04,"TelePricol - FUNNY VIDEOS,ЛУЧШИЕ ПРИКОЛЫ",2015-05-17T14:02:31.882000,SUBSCRIBE TO MY CHANNEL﻿,1
            z12yyvhiywmvj305f04chz3hpyfpebypv5o,Sandra Barrett,2015-05-17T13:02:04.359000,Party in da 🏠 tonight 👐👐👐👐👐👐﻿,0
            z12kcnk5hsyvuv5sm22kfvapdk2of5poa04,Callum Hudson,2015-05-17T12:44:46.679000,Best for partying ﻿,0
            z12tjp244my0yhxqs04cc5jqkybuvrywkjw,The Relaxation Den,2015-05-17T12:13:49.502000,omg﻿,0
            z12wyrji5vvpjp1ux23ufr0pzojkz1fwk04,dan19752008,2015-05-17T11:50:46.223000,What&#39;s with the guys jacket? 1 sleeve and a sleeveless arm﻿,0
            z13lzzd4yrzbhzaez22gfnvw1nugw5k0h,OfficialBladeDoesGaming,2015-05-17T11:03:22.388000,Best song ever﻿,0
            z13wg12iskysxzuhi04cdhcxam2wdxfi4hk,Nina Mackie,2015-05-17T09:07:30.578000,Take a look at this video on YouTub<br />You﻿,1
            z13mdf1oeo3ddhrdg23sxtdw4mzmwdbsd,adish Newar,2015-05-17T08:21:37.091000,i like this steps...﻿,0
            z13pdz0imlendr3es23zsv5iflbewhedb,Lxflys yolo,2015-05-17T03:57:28.997000,Let get this video to one billion views﻿,0
            z12kcfcxyvb1cxhls220s3g4jlrtuppxg04,Eli Zabeth,2015-05-17T01:14:28.368000,In my head this is like 2 years ago.. Time FLIES﻿,0
            z131i5aanxneixud422egfx4rsmugbpm1,NoName,2015-05-17T01:07:13.243000,"870,000,000 views...566,000 comments...oh my lanta﻿",0
            z132jt25frfdihz4304cjnnixqedsx2pvx00k,ʄɛɛŋıɛ ცɛɛŋıɛ,2015-05-17T00:45:35.581000,Its 2015 and still shuffling to this song🎶🎵🎧﻿,0
            z13xzrkqqre1tvoop04cfnzgaurpgxugyt40k,vinh nguyen,2015-05-16T23:25:15.189000,Check out this video on YouTube:﻿,1
            z13evxpranjhwr20s22mux2pkk33gxjmn,Charlotte “Cais” Blackstone,2015-05-16T20:54:22.455000,Who df is Lauren Bennett..﻿,0
            z125ynbaple1d13c322isreomnqfwlbpm04,はれたらいいね,2015-05-16T20:51:51.477000,"So,cool！！﻿",0
            z12hevg4xqi4gjfiy04cj3szcoqcwnhhjok0k,Matias Álvarez calderon,2015-05-16T19:10:09.761000,awesome﻿,0
            z122s1rwjlvzv3ybs04cglcyrnfatry5ku00k,Klaudija Horan,2015-05-16T18:39:56.140000,"This is so cool,why haven&#39;t I heard this before?﻿",0
            z13ttr3z1kybet3io04cfv2icvbtj3ro120,ZRSFirelordGaming,2015-05-16T18:17:34.524000,XD I WAS GOING CRAZY FUCKIN CRAZY WATCHIN THIS BRAH﻿,0
            z12gg1xzcpijhj0s422ztz5iknucsduvl,Daisy Nieto,2015-05-16T18:16:00.954000,I shuffled while listening to this song. THE ILLNESS IS SPREADING!!﻿,0
            z12pgtzpkxugxrgvr234y53aaofptbql4,Alex Ramsey,2015-05-16T17:29:57.194000,Way was their a guy warring a robot head.﻿,0
            z134sxlwjxiwhzfet222vtfplljkunrsm,Elidet Rivera,2015-05-16T17:08:18.605000,like the songs﻿,0
            z12yw1nglsawyxbjt04cfrzrtqiqxxsw2k40k,Xerota,2015-05-16T13:30:23.531000,"Almost 1 billion views, nice.﻿",0
            z12te1b55o3szl5xp04chxrpppunsxoaxgw,brick paterson,2015-05-16T13:24:12.909000,sorry to all my haters<br /><br /><br /><br /><br /><br /><br /><br /><br /><br /><br /><br /><br />for party rock en﻿,0
            z12uftqhewi0v3ozj04cgnyylzjitrozgv00k,Pamela  Foster ,2015-05-16T11:42:37.704000,I like it<br />﻿,0
            z12wyr0hqtreu51mg22zf1zgvqavdvklk,Ashish Sachdeva,2015-05-16T02:11:43.099000,Gooooood﻿,0
            z12cvnpwzrmncblfm230ejjwpzvetrgl5,ROBLOX Gaming,2015-05-16T01:54:31.334000,:3﻿,0
            z12vxdc50rqhilm4304cc3rrlyejfbgb0cs,Oscar Yovera Palacios,2015-05-16T01:24:57.701000,likeeeeeeeee﻿,0
            z13gelg50zuihd2bs04ccvojgrfvfrwjfmw0k,Liam Mcewan,2015-05-16T00:46:38.313000,shuffle!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!﻿,0
            z12xizopmzbch3dje04cibrzbqi2x54ptgk,Shaina Rodriguez,2015-05-16T00:20:41.387000,lol so funny love it﻿,0
            z12pwrxj0kfrwnxye04cjxtqntycd1yia44,‫ארז אריה‬‎,2015-05-15T19:46:53.719000,good party﻿,0
            z13kf5iwrofhglmk1231xreqhuu4xrwcl,Synchronized™ Nightcore,2015-05-15T14:58:48.131000,Do not like this comment if you are not watching in 2004﻿,1
            z13dhbaigtyijdrwx04cizho1lfidrircjc,Nguyen Thanh Son,2015-05-15T12:57:45.957000,Check out this video on YouTube:﻿,1
            z13pgfty2nvaitsgd04cfbir1rfninn4auw0k,16ladydanger,2015-05-14T17:59:04.547000,Check out this playlist on YouTube:﻿,1
            z13ohniidsqhcjs1k22ti544qybadb25b04,reesekupp24,2015-05-14T14:10:58.987000,Check out this video on YouTube:﻿,1
            z12ojrnynma1j352o22ft1kx5s3xiprvx,Bradley beswick,2015-05-14T13:12:39.729000,share your thoughts﻿,1
            z13oyf1ben2sezqq504ci1i4ktees5aw0oc0k,Almohtarif Info | المحترف انفو‎,2015-05-13T17:15:41.261000,subscribe me plzzzzzzz plzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz﻿,1
            z13ltz3bakrjfxxhx04ccvzhorbicrlrnt00k,Aquan Hall,2015-05-12T17:25:33.187000,"YouTube collaborator&#39;s anyone? subscribe to me, I&#39;ll subscribe back. I also will start uploading more YouTube videos.  <a rel=""nofollow"" class=""ot-hashtag"" href=""https://plus.google.com/s/%23LMFAO"">#LMFAO</a>﻿",1
            z13butni2oehuf10e22nslhgcxydyv4cj,Joe Ybarra,2015-05-12T06:07:23.379000,Guys lmfaois going to have a reunion on June/27/15 at expo Idaho gardens there going 2 performe live and there&#39;s going 2 be a press conference after to answer questions about were there been its all live on my channel I got publishing rights subscribe to my channel to watch the whole thing if u don&#39;t believe me look it up hope to see all u true fans there and yes it&#39;s free ﻿,1
            z13oxrgicuueitsig04cijfwpunexhgyd3k,FreddyLegends Songs,2015-05-11T20:43:01.326000,IIIIIIIIIII LOVE THIS SHAKE IT SONG OH SORRY EVERY SHAKE IT SONG I LIKE WATCH SUBSCRIBE AND NEVER UNLIKE BROOOOO!!!!!!!!!!! SHAKE IT UP﻿,1
            z12hv1bh4sidiji2m22mcpxxunqoyjfpz04,Ashton Larsen,2015-05-11T03:48:24.272000,Check out this playlist on YouTube:m﻿,1
            z13zgnsz3qnac3xp204ci1kzyveqyfkz12o,Christy Bautista,2015-05-09T22:59:57.737000,Check out this video on YouTube:<br /><br /><br /><br />﻿,1
            z12sj5z4axu0zfuej22ccbexhuvcizgmj,dan reyes,2015-05-09T13:49:23.857000,Check out this video on YouTube:﻿,1
            z13xi3opxyetwjgct221hrwzgpaxfttwk04,zonZi,2015-05-09T13:09:17.453000,Who&#39;s watching in 2015 Subscribe for me !﻿,1
            z12at1g5dtmlf5ui304chtvhknbfcbiylqc0k,SHANE MINECRAFT,2015-05-09T01:25:16.018000,Come subscribe﻿,1
            z13aud2q2nvduhzm522ohj5hxqudizs4p04,Patrik Gybka,2015-05-05T09:32:04.687000,SUBSCRIBE MY CHANNEL PLEASE LOL PRO PLAYS)﻿,1
            z13vu1mhmw3jzv5zr04cf5rr2xvdzxw4dcc,jenrry garcia,2015-05-04T17:13:41.103000,Check out this video on YouTube:﻿,1
            z12kxfdagp2hubhd122ddnaz3z2iupfw404,Renee Colley,2015-05-04T07:22:53.416000,Check out this video on YouTube:﻿,1
            z13md5uabuyschuvr22rx3fybuzczpdai04,Ori Yonay (EatDaPoison),2015-05-04T02:32:37.593000,I just wanna see how many people like this comment. I&#39;ll give it a month or so :)﻿,1
            z13wyl5pgmjgvj1rr04cfxfpjz22yfbwly00k,Malvin Baez,2015-05-03T01:39:03.193000,PLEASE DON&#39;T LIKE THIS COMMENT IF YOU ARE WATCHING IN 2015!!!!!!!!!!!﻿,1
            z12lj5vp4umotnlo004cg5fhpz2svlkaeyg0k,mariela guzman,2015-05-02T03:56:24.560000,Check out this video on YouTube:﻿,1
            z12kil5h2ujlyzgnc23qtzqyokqrc3301,Sinaloence LiveUniverseI,2015-04-29T03:58:06.452000,I like This Comment and do not kill :P﻿,1
            z12twdioonizgpvdv22zwv1i1njct3hhc04,July Baby,2015-04-28T10:24:07.401000,Check out this video on YouTube:﻿,1
            z12gwxpqcqnoev1ow04cdvbwvla3xnuhs1g,NerdyQueen〈3,2015-04-28T01:07:30.541000,Check out this playlist on YouTube:﻿,1
            z12lgxdibmu3vd0tt23nh3k4gkathp1mj,Nana Diaz,2015-04-26T20:44:52.830000,Check out this video on YouTube:﻿,1
            z12iix3puuj5wxufw23fzrnybxqdy3v4s04,Josh Snow,2015-04-25T00:37:34.423000,Check out this video on YouTube:﻿,1
            z12gf55w4pr0ibswj04cfzyb4my1zbnjsps0k,Andrea Incollingo,2015-04-21T14:52:10.879000,Check out this video on YouTube:﻿,1
            z13phzg4gtbxtdo1o225ivwglz2wyf3vm,Sadie Pratt,2015-04-19T20:48:32.564000,Check out this video on YouTube:fb i﻿,1
            z12ejj24lzmnwd5ex231czmjbmestruas04,HAGER KOTRY,2015-04-19T08:21:52.071000,ALL SCHOOL DROP OUTS I KNEW AS FRIENDS BEFORE THEY DECIDED TO DROP SCHOOL THINK THERE IS NO NEED FOR AN ID CARD OR A CERTIFICATION TO PROVE YOU ARE AN EDUCATED CLEAN IN CRIMINAL RECORD TALENTED PERSON TO WORK IN ANY ENTERTAINMENT FIELD WORLDWIDE. THEY THINK THEY COULD BE RICH ENTERTAINERS BY CONSOLIDATING WITH ACTORS / ACTRESSES AS WELL AS SINGERS FOR A SHARE OF PROFIT(S).﻿,1
            z13tfboihurwxtvh404citxyhomhjp5jqbc,jefflynnejp,2015-04-18T22:02:00.446000,Check out this video on YouTube: ﻿,1
            z12edviawnfadzi0q221cl3gutv1utvty,devon smith,2015-04-18T16:15:24.463000,Check out this video on YouTube:﻿,1
            z12ssnxafveqfp2jj04chjxgxsf5d1pqxio,Trong Tan Trung Tran,2015-04-18T14:27:02.046000,Check out this video on YouTube:﻿,1
            z12tdhsicp3qubmdx23mehm5ipjnvdoyc04,‫הילה שוהם‬‎,2015-04-17T15:50:59.010000,Check out this playlist on YouTube:י<br /><br /><br /><br />⛺🏤⛺⛺﻿,1
            z12khbui5mqzd1wpg04cczdbnsuyep5bubo,Wendy Artiles,2015-04-16T00:20:37.792000,Check out this video on YouTube:﻿,1
            z13jgzngmnuhgze0e22ywxrjzqvltz4ay04,Claudia Guerra,2015-04-15T15:37:01.799000,Check out this playlist on YouTube:<br /><br />﻿,1
            z12hsxrbio20xj1x504cfrsylnzmwlcx4i0,Wayne Jackson,2015-04-15T11:00:09.313000,Check out this video on YouTube:﻿,1
            z13fux1zyqaeudaor04cfrsylnzmwlcx4i0,Wayne Jackson,2015-04-15T10:59:35.339000,Check out this video on YouTube:﻿,1
            z13kxv452pm1cjgx104civvjyknfvd1jh5w,Monica Parker,2015-04-14T01:39:41.391000,Check out this video on YouTube:﻿,1
            z12gctfjtpq4ybcdx23sshorsxrsx3ave,Victor Gamer,2015-04-13T02:00:20.152000,View 851.247.920<br /><br /> Best youtube Video<br />If Subscribe to My Channel please!<br />Thank you! &lt;3<br /><br />Melhor Vídeo do youtube<br />Se Inscreva no Meu canal por favor!<br />Obrigado! &lt;3<br /><br />Mejor Video youtube<br />Si suscriba a mi canal por favor!<br />Gracias! &lt;3<br /><br />Meilleur vidéo youtube<br />Si vous abonner à Ma Chaîne se il vous plaît!<br />Merci! &lt;3﻿,1
            z13ce33rgrihh5vzz04ch3oqllbsh1u4nkg0k,Jahmir Roberts,2015-04-12T17:00:09.472000,We can have a party next share﻿,1
            z12idnt4plzphv3jx04cd5jxoqjkzfxxsf0,THE AMAZING MOVIE MAKING NAD GAMING TOM BURKE,2015-04-11T20:32:48.515000,Lol check out my chanell and subscribe please i want 5000 subs thats it im nearly their now﻿,1
            z120g3vajzzyvndvs23xdzh41ufmy3lvj,Kiarna Burke,2015-04-11T08:36:04.370000,Check out this video on YouTube:﻿,1
            z123sbbrgryqhfwgi04cjpbxokbdifsibhw,Kiarna Burke,2015-04-11T08:36:04.034000,Check out this video on YouTube:﻿,1
            z12gf3oyjry1wjdsq22rtlhgcp2tsfxb204,AryaDewa Gaming,2015-04-10T17:33:31.099000,SUBSCRIBE me. if you do that leave your name so i can subs back ﻿,1
            z13ly1xqgu2isv5vg23cdl5g3tuyu11gy04,Tammy Floyd,2015-04-09T06:07:26.158000,Check out this video on YouTube:﻿,1
            z12eh5pohzi0fzmab04cdt3qclauvh0j2yg0k,Ognjen Videos,2015-04-08T21:11:31.085000,Please subscribe to my channel!Thanks!﻿,1
            z12hif0a3nj0vlkxj04cif1wcpuxvf0gpno0k,Hazetrix (EHazardStudio),2015-04-08T00:09:33.033000,hey guys im 17 years old remixer and producer and i want you guys to help me checking my videos i am sure you will love those music if you love them then subscribe so you will know more about me:)﻿,1
            z12ourggdn2gzzqoz04cgfno3un3ufjr0h0,Metroshuffle,2015-04-06T10:15:16.804000,"Check out Melbourne shuffle, everybody!﻿",1
            z13pshr4npe2uphcd23ueb35eq3tfv3ta,Reynad Gamer,2015-04-04T06:11:32.255000,Subscribe My Channel﻿,1
            z12nippylqvqshgqb04cdbgywx3kcxhgfug0k,Captain Liverpool,2015-03-31T13:56:40.139000,please suscribe i am bored of 5 subscribers try to get it to 20!﻿,1
            z13ajr3ainzmg1lnd23gwt2phxmcsfbbu04,Dloga2,2015-03-31T03:01:14.438000,Subscribe if you are watching in 2015﻿,1
            z132t3fhixrdghdhu04ciz2i4ovhezcgnrc0k,Law Halkett,2015-03-29T07:12:48.792000,Check out this video on YouTube:      <br />﻿,1
            z124cfkz5v34vrp4y04cerpiwpmxthywlhw,VidéoRiveaux,2015-03-28T14:03:55.093000,Hey ! Subscribe  to me for the peace in the world ! ♥﻿,1
            z13hwtvwqqqutf3wy04ci3abiyequ5iydgc,Maria Maldonado,2015-03-26T19:09:38.242000,Check out this playlist on YouTube:a﻿,1
            z12istbx2lzbszmom04cfbgixnbrsbgai0s,Candyman 1000,2015-03-23T23:38:12.539000,Check out this video on YouTube:﻿,1
            z12nglcrcmv3u5ijj04cjbup0tatvhozsu00k,lacy mclean,2015-03-23T01:01:36.343000,Check out this playlist on YouTube:﻿,1
            z13icxbwzk35jzx5t04cezey0rnptrsxzdg,CHM Guitar™,2015-03-22T15:10:43.815000,Like this comment for no reason﻿,1
            z125zdpzksrzyt10m232x1cpcobdjduoo04,Pj Jessie,2015-03-22T01:04:09.486000,Omg can this be the first video on YouTube to hit 1 billion views like this comment of you agree.﻿,1
            z13eglu51lmgxbhj304cfh2ifo3phfqwa3k,Maximus Decimus Meridius,2015-03-21T19:57:26.765000, <br />Please help me get 100 subscribers by the end of the night. Thx﻿,1
            z134tnezjunhvxqq504cfpcr2qajwj0gbo40k,조윤기,2015-03-21T18:25:05.665000,like this comment if you&#39;re watching this video when big bang happened<br />i do﻿,1
            z135txtbpqrgsn0hn04ch115apamjrurr2k,Champagne Pedro,2015-03-21T14:18:39.798000,Check out this playlist on YouTube:<br /><br />﻿,1
            z13vc3dz5ofug1ozy04cddlzptumwhyodhs,Carren Mangali,2015-03-21T07:01:04.171000,Check out this playlist on YouTube:🍴🍴🏄🏄🏄🍴🏄🏄🏄🏄🏊🏊🏊🏊🍴🍴🍴🍴🍴🏂🏂🏂🏂🏂🏆🍸🍸🍸🍸🏆🍻🍗🍵🍟🍟🍟🍟🍴🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕☕️🎣🎣☕️🍕🍕🎣🎣🎣🎣🎣🎣🎣🎣🎣🎣☕️🎣🍕🍔🍔🎣🎣☕️🎣🍹🍹🏂🏂🍹🎿🏆﻿,1
            z13ecbgzonmri3yjj04cj14ooragi1ij450,Kingphillip9,2015-03-20T22:24:23.394000,░░░░░░░/\░░░░░▄▐<br />░░░░░░/     \░░░▄██▄<br />░░░░░/  (o)   \░░░░░▀█▄<br />░░░░/             \░░░░░░▀█▄<br />░░░/__   \   ░▄▄▄▄▄▀▀<br />░░░░▄▄▄██▀▀▀▀<br />░░░█▀▄▄▄█░▀▀       YOU HAVE BEEN SPOOKED BY THE SPOOKINATI<br />░░░▌░▄▄▄▐▌▀▀▀<br />▄░▐░░░▄▄░█░▀▀    SHARE THIS TO 666 PEOPLE TO BE UNSPOOKED <br />▀█▌░░░▄░▀█▀░▀ <br />░░░░░░░▄▄▐▌▄▄<br />░░░░░░░▀███▀█░▄<br />░░░░░░▐▌▀▄▀▄▀▐▄<br />░░░░░░▐▀░░░░░░▐▌<br />░░░░░░█░░░░░░░░█<br />░░░░░▐▌░░░░░░░░░█<br />░░░░░█░░░░░░░░░░▐▌﻿,1
            z12cfli4lrqld3nde22lujqpgtephxu5a04,Courtney Foama,2015-03-20T21:33:44.707000,like this comment if your watching in 2015 or 2016﻿,1
            z13dxnsrvvfiu5ipf04cfxpowt3swh2oi34,Emily Horposniac,2015-03-19T10:33:00.987000,Help me get 10000000 subscribers by tomorrow!<br /><br /><br /><br /><br /><br /><br /><br /><br /><br /><br />(Joking don&#39;t get butt hurt)  ﻿,1
            z12kz3koilrlvlkkb23kfvypoofnejk1t,Dylan McGuire,2015-03-19T00:45:07.797000,Check out this video on YouTube:﻿,1
            z12ggrma3oj2e5fl022dcrephr3ejhxfw,Alfred zipagan,2015-03-16T01:01:51.652000,like this comment if ur watching this on 2015 ﻿,1
            z12ofhliokunzd4y504cdxjymr2xyr3azhg,Hamza Hamza,2015-03-15T14:03:27.801000,Check out this video on YouTube:﻿,1
            z13eulmg4uqsitk4a04cfjxzhpiqj3pycrg0k,Villads Hallundbæk,2015-03-14T16:16:22.607000,like this comment please﻿,1
            z13ef3oyslrmdjka204cdngjlvqpibvglr40k,Pedro Lombillo,2015-03-13T00:27:41.285000,Check out this playlist on YouTube:﻿,1
            z12jdpyjcompvrtsn224x1wottiqzb0xd04,Serbian Boy,2015-03-11T18:36:40.423000,LIKE AND SUBSCRIBE﻿,1
            z12nexwg5uj0zr2ph04cjbjgskioe1fzsug0k,GrayGRW,2015-03-11T05:26:51.968000,Like this comment if you are watching on a phone﻿,1
            z124vlmbks2nybpou04cfv4i3vawebsxeic,TA Stealth,2015-03-11T01:25:46.234000,"Cool Video LMFAOVEVO! You should check out my shuffling videos on my channel when you get the chance. It&#39;s much appreciated. Cheers! <a rel=""nofollow"" class=""ot-hashtag"" href=""https://plus.google.com/s/%23EveryDayImVaping"">#EveryDayImVaping</a> ;-)﻿",1
            z13oc5zxxx2tynzdd23mtn1x2ujzct3kf,Peter Sadek,2015-03-09T18:44:22.184000,Check out this playlist on YouTube:﻿,1
            z12hvvki4xite3sjl04cfp34wxy0fr0qjgs,latisha garcia,2015-03-09T00:33:08.463000,Check out this playlist on YouTube: I tried﻿,1
            z13si3qrjn3ae1m0s235g5wpgqqmfpgee,JS Scott,2015-03-08T21:27:05.377000,"subscribe to <span class=""proflinkWrapper""><span class=""proflinkPrefix"">+</span><a class=""proflink"" href=""https://plus.google.com/104999962146104962510"" oid=""104999962146104962510"">SuperMarioLogan</a></span>  if you thot the robot dudes r epic and awsome﻿",1
            z132wbtj1qazyhruq235g5wpgqqmfpgee,JS Scott,2015-03-08T21:22:08.901000,"if watching in 2015 subscribe to <span class=""proflinkWrapper""><span class=""proflinkPrefix"">+</span><a class=""proflink"" href=""https://plus.google.com/104999962146104962510"" oid=""104999962146104962510"">SuperMarioLogan</a></span> ﻿",1
            z12lxpco5rekcfhem23zgptr3lijs3njg04,Marcus Wilkes,2015-03-05T10:52:51.062000,Check out this playlist on YouTube:﻿,1
            z13jg1hq5nbadhifc224jptibp2hc511n,JuniorVlogz,2015-03-03T21:02:26.389000,Like this comment if you still jam out to this song after 4 years ﻿,1
            z12jgfripnqmhdq4i04cd144fxzudh5rngw,Олег Хижняк,2015-03-03T20:32:54.736000,subscribe﻿,1
            z13gdhroxseayvg3d23lglzztnzzylcbp04,Amber Wentworth,2015-03-01T16:53:54.318000,Check out this video on YouTube:﻿,1
            z132ep1gxunohv3as04cgjsomlfhtnc5pwo0k,Jephone Cañas,2015-03-01T11:29:19.167000,this video has 800+m views<br />and the channel got 3m subscribers﻿,1
            z120i3krmo2bjrai104ceheoqtn0ur0wpuo0k,Aye Thiri Paing,2015-03-01T05:13:01.606000,Check out this video on YouTube:﻿,1
            z13ajrlbklm5jlxxt04cjx2rktq0y1kxmy40k,santi1525 deadzone,2015-03-01T01:10:37.298000,subscribe to my chanell﻿,1
            z13yy52qimylh3vbe04cjx2rktq0y1kxmy40k,santi1525 deadzone,2015-03-01T01:10:10.980000,los invito a subscribirse a mi canal ﻿,1
            z13pdv1rptqbuxe1123kdzpaozbcgtr1z,Johanna Sarmiento,2015-02-28T22:00:56.179000,Check out this video on YouTube:﻿,1
            z13ss53p4unscfngi04cjdhornvlz51zfak,allen webb,2015-02-28T21:01:42.150000,Check out this playlist on YouTube:﻿,1
            z13uvdwgrxetgfm0522tzr44tliyuvcgy04,Kawiana Lewis,2015-02-27T02:20:40.987000,Check out this video on YouTube:opponents mm <br /><br /><br /><br />--•[••••=====++¥¥£££<br />﻿,1
            z13wwxhgmr2ocvbks22mdpdwdu3lz3mze04,Jarelys Mellado,2015-02-23T00:37:24.817000,Check out this video on YouTube:<br /><br />﻿,1
            z134vn15sxiwyfzhv04ch3no3zj2sdsqqw40k,Sid,2015-02-21T06:19:03.549000,"At 500 subscribers i&#39;m sky diving help me reach my goal &lt;3<br />Trust me, i&#39;m a doctor.  :)﻿",1
            z12wsvobapnaetddg23ge12bkmrcy3bnf,Hamad Alhashash,2015-02-21T06:12:04.347000,Check out this video on YouTube:﻿,1
            z122vlk54r21gd3mr224yvqbouiejbqen,Pablo Cantellano,2015-02-20T16:23:25.378000,Check out this video on YouTube:﻿,1
            z12syxex2mmuzbubp04chlrhcvrnsvx4urw0k,Lotoya Bolan,2015-02-20T01:54:39.930000,Check out this video on YouTube:﻿,1
            z13kersqlnzmxnhqo04chlrhcvrnsvx4urw0k,Lotoya Bolan,2015-02-20T01:53:33.412000,Check out this playlist on YouTube:﻿,1
            z13hcfwhxwazujhxc04cc5m5wk2vsxd5sxk0k,Fernando Luis Vega martinez,2015-02-20T01:30:11.826000,Check out this playlist on YouTube:﻿,1
            z13atpsx4ojrh3ze323nfbz4fzztjbik3,alanluna3,2015-02-18T17:45:43.182000,Check out this video on YouTube:﻿,1
            z12fibbiprvywrlum233gno4mwr0dzxp404,‫جوجو جوجو‬‎,2015-02-17T04:25:01.940000,"<a href=""https://m.freemyapps.com/share/url/505b0232"">https://m.freemyapps.com/share/url/505b0232</a>﻿",1
            z13dehi4opigjlccv22zijqwwt3svpoag04,michael orton,2015-02-16T16:21:37.901000,Check out this video on YouTube:﻿,1
            z13fd5trkvvmublwk04cidcahpuhud1xghk,Vitaly Denisovs,2015-02-15T21:19:55.060000,"Need money ? check my channel and subscribe,soon will post how to get it )﻿",1
            z13kyvhzivqmhjq1w220jnaxquu3grwkt,PatrickMcCrowell,2015-02-12T02:30:08.801000,Check out this playlist on YouTube:﻿,1
            z13lxrgzqoawwzojz04cdl44yojcgnpjocg,Happy Panda,2015-02-12T01:14:44.306000,Like this comment for no reason.﻿,1
            z132cvvy1ob3ht2er23dundqdtertjmlg,TheLjc808,2015-02-10T19:48:56.558000,"Youtube comments in a nut shell:<br /><br />.First<br />.301 club<br />.Skip to <a href=""http://www.youtube.com/watch?v=KQ6zr6kCPj8&amp;t=3m57s"">3:57</a> and close your eyes<br />.Advertisements<br />.like this comment for no reason<br />.Christianity arguements<br />.Other religious arguements<br />.Console wars<br />.#PCMASTERACE<br />.Trolls<br />.&quot;How is there 1 million views on the this video if theres online 10 people on earth/<br />.Complaints<br />.Pewdiepie fangirls<br />.Minecraft scrubs<br />./r/MontageParodies<br /><br /><br />AND ANY OTHER SHIT!!﻿",1
            z12fsvio0mf5dxyhb04cg3qahnydxbcbi3s,Adyel Rodriguez,2015-02-10T07:33:49.035000,Check out this playlist on YouTube:﻿,1
            z12expkpjuvlf1b0q23rcjwhlum4s5xym04,Victoria Morales,2015-02-08T05:34:28.216000,Check out this video on YouTube:﻿,1
            z13yu34jayugzjn0q231elsrimbpyjmrp04,George Smith,2015-02-05T01:47:19.970000,Please become my first subscriber.  Thank you.﻿,1
            z13qfdrbsxfawpbzz04cclnxskurjhjwgas,Filthy BarDown,2015-02-04T11:47:27.653000,Can i get views and subscribers for no reason? 😅﻿,1
            z13ugjjpwnvisp5l0221x1o5ovvocj1ox04,Helperitza,2015-02-04T10:23:50.394000,Check out this video on YouTube:﻿,1
            z13df3vz5urkir1eh22zcf3xhvqmi5j0f,jose delacruz,2015-02-03T21:44:11.740000,Check out this video on YouTube:﻿,1
            z12fgphykwn0vb2du23ftzmjulq0z1olv,алексей алгаев,2015-02-01T15:51:59.518000,Hello from Russia comes to the channel subscribe﻿,1
            z13bcvcqts3bwtl3g223shlrvqe1wdtmg,KingLoTheDancer,2015-02-01T05:48:32.623000,"Check out my dance videos!! You won&#39;t be disappointed!! <a rel=""nofollow"" class=""ot-hashtag"" href=""https://plus.google.com/s/%23KingLoTheDancer"">#KingLoTheDancer</a>﻿",1
            z12duvyaxqmrstxs3223jdjjrsb0wllzn04,Vivid Phantasm,2015-01-31T23:42:34.531000,Men stop being naive idiots believing in love and believing that women actually respect you.  Want a more fulfilling drama fee life? Check out MGTOW. There are many channels here on YouTube that you can chose from which will give you all the information needed. (Caution: Not for men who enjoy being disposable providers of utility)﻿,1
            z124jvbxusjnsn2oi04cidm5hqmoftu4ovg0k,XxNorwegianELITEGaming xX,2015-01-31T20:56:05.396000,pleas subscribe on me for ps4 games video <br /><i>______________________________</i><br />if you have som tips so contact me on kik or skype<br /><i>______________________________</i><br />Kik: pander26<br />Skype: sander.nicolaysen2<br /><i>______________________</i><br />pleas subscribe on me and Kashoo Gaming﻿,1
            z12isnmj3wuovj4tt22stv0x1kblzls1w,Sandy Torres,2015-01-30T16:48:13.985000,Check out this playlist on YouTube:﻿,1
            z12psnvzpybbshnrc04citbzwpfmfnb5jws0k,ann anne,2015-01-28T16:29:16.993000,Check out this video on YouTube:﻿,1
            z12cvbyjjmuwvxivx223tpujulrwwdt5j04,ampai gmuer,2015-01-27T13:23:56.061000,Check out this playlist on YouTube:👿👳👳👳👳👳﻿,1
            z13ijz1zetarj31dk22nfl0qvyneyxn0l,sahir omran,2015-01-27T09:43:48.741000,Check out this video on YouTube:الإعلانات<br /><br /><br /><br /><br /><br />لل﻿,1
            z13rdxlhnrukflfe3225hbpxxneuhjrr104,Mizz swagger,2015-01-27T01:53:24.950000,🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨<br />NOW THAT I HAVE YOUR ATTENTION!!! 🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨SUBSCRIBE TO MY CHANNEL!!!<br />🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨<br />GRACIAS!💋<br />🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨🚨﻿,1
            z13iwdr5vwrasfbhp04ccj2wqmi4inawgms0k,Eric Carbajal,2015-01-26T18:27:00.309000,Check out this video on YouTube:﻿,1
            z13cedgolkfvw3xey22kcnzrfm3egjj0z,Rafael Diaz Jr,2015-01-25T20:57:46.039000,Check out this video on YouTube:﻿,1
            z12ezvvihrjeerscl22kcnzrfm3egjj0z,Rafael Diaz Jr,2015-01-25T20:56:06.533000,Check out this video on YouTube:﻿,1
            z12rjlojyufktna4n04cijvxgwb2gx4ouac,James Wolf,2015-01-23T21:44:55.558000,Check out this video on YouTube:﻿,1
            z13sjj4onknyfdcys04ccncpzrajjzka3kc0k,Ioan Meruta,2015-01-22T23:31:42.316000,"<a href=""https://m.freemyapps.com/share/url/10b35481"">https://m.freemyapps.com/share/url/10b35481</a>﻿",1
            z12pyzwiourgc1t2f22wzj5xuoeqvxdp104,Ruben Aviles,2015-01-22T02:08:41.056000,Check out this video on YouTube:﻿,1
            z13wyfhopsvthjlio04cfxkawnbou1ogbdw,monique graham,2015-01-20T19:21:30.191000,Check out this playlist on YouTube:a﻿,1
            z12hixnzcv2svl5w004cclnglvncdrrw0qs0k,sarah-ann erasmus,2015-01-20T15:02:17.552000,Check out this video on YouTube:﻿,1
            z132e5zqwlbmjrich234epwa2kiwehdmd,Priscilla Sipinga,2015-01-19T05:53:12.118000,Check out this playlist on YouTube:hbbhhhgh﻿,1
            z12zw32jkmqxc1eba04chv2renb2gnaxiww0k,Lindsay Reynolds,2015-01-19T00:40:40.097000,Check out this playlist on YouTube:﻿,1
            z13my12oyyrxdzfj204chp5pnryfe11wrbk,SuperPanic3,2015-01-17T20:26:39.026000,LIKE AND SUBSCRIB IF YOU WATCH IN 2015 ;)﻿,1
            z13mhniosvv4hxn5d04cjpf4wobwwdpgjw40k,chuvi cc1800,2015-01-15T23:43:37.589000,Check out this video on YouTube:﻿,1
            z12pvpi4qyvqz3cez23ugbyz3sbxhfhqk04,Marie Joof,2015-01-13T17:35:36.999000,Check out this video on YouTube:hjalp﻿,1
            z12lipxpunj5d1okw22bip4gvnbswlzhx04,‫غاردينا خالد‬‎,2015-01-12T06:06:06.398000,Check out this video on YouTube:﻿,1
            z12ljdl4bxywxz2mu22ptrdoss2se1jvd,Heath D,2015-01-11T03:51:21.565000,Check out this video on YouTube:﻿,1
            z13dxxabcp3ggby5y04cilbz0ojlyprwt1g,‫مريم الهندي‬‎,2015-01-10T22:00:57.333000,Check out this video on YouTube:﻿,1
            z12bvjiqdvbrfzk1s23odzs53wjphzacf,‫مريم الهندي‬‎,2015-01-10T22:00:55.762000,Check out this video on YouTube:﻿,1
            z13jzn1hvk35dxxzu04cj5lqmzv2thoquag,Sophie Flores,2015-01-10T18:17:21.145000,Check out this video on YouTube:﻿,1
            z13xgdojpwbbu54ta233yvar1t3jszxvt,rbsully,2015-01-09T03:44:56.996000,Check out this video on YouTube:﻿,1
            z12rvtogemvtv3xnq23zc3erxsfui52ht04,jessie J,2015-01-08T16:16:52.163000,Check out this video on YouTube:Qq﻿,1
            z12zu1eg2s2pfpfud23hj1ejcreptjntw,Anne Marie Chavez,2015-01-06T05:53:18.140000,Check out this video on YouTube:﻿,1
            z12ohnbxzqihgdywx04cdnkxpkzxfd5ie20,BMB Beats,2015-01-05T21:33:38.426000,"<a href=""http://www.gofundme.com/Helpmypitbull"">http://www.gofundme.com/Helpmypitbull</a> Can you please donate to help my pitbull PLEASE!!! I just need 50 dollars to take it to the vet!!!﻿",1
            z12kvdhbglbuyzmrh04cjzbronnafhhqayw0k,stupittmoran,2015-01-04T15:42:24.811000,Check out this video on YouTube:﻿,1
            z13le5mr1li0h1hbw04chliisqacyxpht0s,Gu Sw,2015-01-03T19:28:51.794000,Check out this video on YouTube:﻿,1
            z125tbogfxjjivxv523vwpkyaznetaic,On the Positive,2015-01-01T21:16:37.765000,Dear friends please subscribe to my channel I will be very glad to see You virucide ;-)﻿,1
            z12gtjlifwmqjxjrg04cj5ggpufsdvrhhks0k,Darleen Tran,2015-01-01T04:41:31.104000,Check out this video on YouTube:﻿,1
            z122vp4rxpv4ejfaf04cilzwykrhd1eqkms0k,Anna Louise Puzon,2014-12-26T12:21:05.108000,Check out this video on YouTube:﻿,1
            z13uu5dyinf2yplb504civzz5obby5baucg,Simply Terrell,2014-12-26T11:17:56.976000,Subscribe to my channel <br />Tweet &amp; Follow me on twitter //therealterrell_ <br />And I will follow you back 👀﻿,1
            z13vehm4enr5zbohl04chhjoixzes32rvjw,Desert Loner,2014-12-25T19:52:25.333000,want a sub? tell me about your channel and i will subscribe (with a couple exceptions)﻿,1
            z12xevzwtyyftlhma22qdp4ocljizpouh,Beatriz A York,2014-12-25T19:20:32.982000,Check out this playlist on YouTube:﻿,1
            z13ue5b4sw25i3s4g04cg3grnmmue33bysg0k,Cora Whatley,2014-12-23T01:50:41.928000,Subscribe I&#39;ll subscribe back﻿,1
            z13pvzzwyr2nhfn1y22btbtgjpmfw1ggn04,Shanu Dias,2014-12-22T11:51:16.881000,Check out this playlist on YouTube:﻿,1
            z12shxbbulncyx43n23psbzohvumz1nib04,Will Smith,2014-12-22T04:56:24.257000,Check out this playlist on YouTube:pl﻿,1
            z12cjj2qyo34i3ga204ci3hatn3vhlcoxkw0k,Aaa Bbb,2014-12-21T06:07:48.379000,Check out this video on YouTube:﻿,1
            z123ed2yctjnj1db204cczmorvvjsdgyevo0k,orcou,2014-12-20T05:03:42.146000,Check out this video on YouTube:﻿,1
            z12ni35onpvyvro4g04cd3jihoyrdbuxh3s,Ari Kip,2014-12-19T17:00:34.759000,Check out this video on YouTube:﻿,1
            z125etvpxve3yvow004cd3bzmqfkfxohvgk,Kassidy Norris,2014-12-18T22:33:26.485000,Check out this video on YouTube:lo﻿,1
            z12eyz2r5pyecvutk22ktrfyllf0w3jxc04,Janja Kmetič,2014-12-17T15:37:12.685000,Check out this video on YouTube﻿,1
            z13khxlwczzei1ymm22pv5bphlmuzrzac04,AUSENCIO garrido,2014-12-17T02:33:31.397000,Check out this video on YouTube:﻿,1
            z13by3wrfuykidc2z23vux3iesumfjfml,Jesse Basurto,2014-12-12T08:50:18.674000,Check out this video on YouTube: I ﻿,1
            z13auvkhpurljfgfr23dzvgonsz5sncv5,Ben Smith,2014-12-10T16:53:09.604000,Check out this video on YouTube:﻿,1
            z12zurhazmyqyvn4u04cfdurxvzlyzdi4k00k,Tyler Jackson,2014-12-10T16:28:43.637000,subscribe to my channel yo - DJ Feelz﻿,1
            z13wvz54kv3ow3dct233jb5ptof2d10se,Edgar's Finest,2014-12-09T05:35:45.812000,Hey guys subscribe to my chanel and i will subscribe back and like all your vids :)<br /><br />﻿,1
            z12yyhzw0peixhqvq22efdjgvxeiuz4s1,LegacyStarz OS,2014-12-07T06:40:55.233000,Check out this video on YouTube:﻿,1
            z12cz3t4ekahf3kfo23if1spxv3wd3zco,caitlyn keffer,2014-12-06T19:45:01.381000,Check out this video on YouTube:﻿,1
            z13hxfdrqom5clnaa04cgx5hkpqjexhh3wk0k,DERRICK HANFORD,2014-12-05T22:52:29.316000,White people are going extinct for more information subscribe to my channel or search for videos on &quot;white genocide&quot;  thank you﻿,1
            z13bipqrryirzp2sx224srirayqyhrdr104,omar tellez,2014-12-05T03:58:16.030000,Check out this video on YouTube:﻿,1
            z13txnfjov2tgle5z04cfd4jlyflx52ysbk,tchangkou,2014-12-04T01:31:02.296000,Check out this video on YouTube:﻿,1
            z12vevn4xzbmstvui23mi5ki2lnfu14pp04,Tan Jia Min,2014-11-29T05:53:19.584000,Check out this video on YouTube:..🌈🌈🌈﻿,1
            z12fy55oxki3u1ryi04cjprhawawcvkzivo0k,GORHD/TV Studio,2014-11-25T16:15:50.566000,subscribers please`﻿,1
            z12pfhgg3vrnuhme122ixxdx5zyyit5ac04,Jaymes Michie,2014-11-11T18:01:00.198000,Yo like what up this song is fricking beast anywon herd the see mee rollin or I woke up in a new Buggti check out nuketown rap I was shooting in it see my nice quick scoping things training for faze adoult freind sang I was at my freinds house doing it we just had the rap going and we were doing fun things ﻿,1
            z12jzdjxvvmxz3ymb23fwhyg4ub0xdju2,craftygirl20141,2014-11-10T19:46:03.336000,hi everyone this is cool check out sexy and i know it﻿,1
            z13mgtcxivevf3thn04cdvty0sqzuteqpys0k,Sean B,2014-11-10T07:35:42.081000,"Check out our app to solve all your party/drunk problems! <br /><a href=""https://play.google.com/store/apps/details?id=vn.ibit.AppLocker&amp;hl=en"">https://play.google.com/store/apps/details?id=vn.ibit.AppLocker&amp;hl=en</a>﻿",1
            z13eszqb3vejd3il423aslfyqnrzh5kto,Malyka Mason,2014-11-09T13:59:14.102000,Check out this video on YouTube:it is a old track but it still bad﻿,1
            z13jxrajxkydifipt04cjtvboqfhelloucs,Alex Despotovic,2014-11-08T05:52:20.157000,Check out my youtube channel for cool beatboxing (:﻿,1
            z130eftalyfoy1rga04cdh1jtovuvvpofkg0k,2010shevy,2014-11-06T01:23:03.262000,Check out this video on YouTube:﻿,1
            z131x1cimrnfuz2zs04ci5gqvqemyb2jsp00k,OFFICIAL LEXIS,2014-11-04T20:26:48.030000,Hi everyone! Do you like music? Then why not check out my music channel. The LEXIS band will be uploading their own songs and covers soon so don&#39;t miss out. Please SUBSCRIBE too as it does help us out a lot. Just takes one click. -&gt;﻿,1
            z13kwxlguqubw5aeo22gxx3a1zfvux4a304,Hunter Scott,2014-11-01T04:23:42.175000,SUBSCRIBE!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!﻿,1
            z12gvlyixpjfwrpme23rxfubjvzkvp42s,Toan732,2014-10-31T02:49:34.017000,Ummm... I just hit 1k subscribers. I make Minecraft videos. Help me out by checking me out?﻿,1
            z124hbc4umr5yxikd23kupyodqvben3yb04,Sami Nashawi,2014-10-29T15:28:53.402000,SUP GUS THIS IS A VIDEO FOR PEOPLE WHO LOVES PARTY ROCK SO THANKS FOR WATCHING AND PLEASE SUBSCRIBE:)!!﻿,1
            z12nyp2j5zy5dxrxi04cilmypritghhhmyc0k,Por Phizer,2014-10-16T20:10:15.922000,Hey Guys Jaylan Here And I Just Wanted Everybody To Know if Yall Can Subscribe Please That Would Be Great! This Is My New Gaming Channel (Have Not Uploaded Yet)But I Will Upload If I Hit About 10 Subs Thank You :D﻿,1
            z130tflr2suzejk2s22expyzjmfjifvgs04,Sebastian Garcia,2014-10-16T00:50:14.327000,great l subscribe﻿,1
            z13lclswozbsxp0qw04cetjgyxmifduae34,krayziejcs,2014-10-15T19:57:29.498000,Check out this video on YouTube:jjiwajwkajajqjaubkm﻿,1
            z13ezr0rmk2kxz0rr04ch1iids2nhnnglh4,Maria Martinez,2014-10-12T03:13:00.872000,Check out this video on YouTube:﻿,1
            z13rs3fimnydzjdu423qudibdzm0sbyjh04,johnlord joaquino,2014-10-10T11:31:33.153000,3m subscribers but look at the views its 700 million wtf :P﻿,1
            z13mzpjq0wjly1ag304cfvsxhmmicxmg0gs,Rajnoor Bawa,2014-10-07T17:48:27.641000,Check out this video on YouTube:﻿,1
            z13espsintyhfv3fk23iidkjuojsfnib304,James Marrin,2014-10-05T01:41:04.984000,Check out my YouTube channel I can rap﻿,1
            z13wz10yyn3wz3fu523zzzeackarhvpu4,bebishyne alicdan,2014-10-04T13:16:55.971000,Check out this video on YouTube:﻿,1
            z12djvertlrhwxulk231cfoxblesxj2zq04,Brittany Tennyson,2014-10-04T04:31:08.642000,Check out this video on YouTu﻿,1
            z13iyvux4tzxsdf2x23vixxpfxfbixban04,((A.B)),2014-10-04T01:35:02.414000,"LMFAO is CRAZY DOPE!!! CHeck out my music on my channel if you have a minute, it would mean a lot. Much love!!﻿",1
            z12bdp1b5wekjb1ci22itf3alnfvzfibo04,xiaoying chen,2014-10-02T15:00:43.724000,Check out this video on YouTube:﻿,1
            z130drwgasjgevh0n234ht3gfrmugfguz,Guren - MKII,2014-10-01T19:53:07.387000,everyday i&#39;m subscribe﻿,1
            z13mh3gi0s3cdjhvy23bzpebkqzyexsar04,ＯＧＶＡＤＥＲ,2014-09-29T02:54:58.986000,man check out the raps on my channel im better rapper than these nigger fools﻿,1
            z13lsx44zmmqzz2mv22tefeb2undfvcov04,Whami inc.,2014-09-27T17:41:15.536000,go check out our video﻿,1
            z13rjxk5ylidyrerg04cgvfoknjlybzs4,ZeDesXiA AIliVe,2014-09-19T17:47:37.826000,😼👍😏 Like This Comment 😏👍😼﻿,1
            z13uv5mhgzu5fhsnm233t3awno3xtfj02,Alenaid Zeledon,2014-09-18T19:21:53.622000,Check out this video on YouTube:﻿,1
            z12iw3rpqxmnwno1m23zxdfqdz3yw5nw004,All Or Nothing AMV,2014-09-16T11:02:58.430000,Subscribe﻿,1
            z12ls5qhwv3gv11a104cfzmhgyj3c3mpnyw0k,Unknown Name (buddhist monkie),2014-09-13T11:35:51.066000,Check out this video on YouTube:<br />Looking for my wood pile...<br />Anyone seen it? Hmm?&#39;<br />How bout some pie now <br />Ladies?&#39;﻿,1
            z12ghdxjkwbrwrpth22xztiipleoftwfx,Hoye Boyz,2014-09-13T09:07:27.253000,"HAHAA THIS DANCE IS TIGHTTTT<br /><br />I know y&#39;all &quot;…ain&#39;t got time for MY demo man&quot;  but check out some of my stuff<br /><br />Slappers on slappers on bangers! Click that link below to peep game! ENJOY. <br /><br /><a href=""https://soundcloud.com/rocc-steady/wave-emoji-prod-by-nippylongbottom-cyber-punk"">https://soundcloud.com/rocc-steady/wave-emoji-prod-by-nippylongbottom-cyber-punk</a>﻿",1
            z12xxdjrvmynezpqt04chzxjrvqfxntibh0,lil jay,2014-09-10T03:52:22.309000,Check out my music niggas﻿,1
            z12djnnomsvvvpmz204cdh0qgsqdtrq4dfs,mihir Sanjay,2014-09-04T15:24:31.780000,Check out this video on YouTube:﻿,1
            z13htjnpxw3sgfsdq22sdnc4vnyrfpiue,budhanmike,2014-09-01T03:32:14.127000,Check out this funny video &quot;Cereal Box Knocks out Baby&quot; on my channel.﻿,1
            z13cu5iyjryvixkyr04cdzniromoclcpc1w,Kikilaronk “Kiki” Loz,2014-08-31T16:39:30.472000,Subscribe to me if u think &quot;swag&quot; is fucking stupid﻿,1
            z12svdoikuuvivym122pu5prquvmvnfnk,Dávvvid ツ,2014-08-31T12:06:37.835000,Tuto to subscribe to my channel because you should sign up for 17 l please thank you I&#39;d do anything for you to sign up a lot of good video I usually do!﻿,1
            z12ghvgo3xjyjvouf23tstj5bna5jei0,Ragnarok,2014-08-19T19:53:09.770000,Abomination! Subscribe if you agree :| party here in my channel. cool lights.﻿,1
            z12bjtxbvzu4vpkao04cfhnawsjoybyin4c,ViralVinesHD,2014-08-18T00:25:09.584000,"Like this comment, guys i just started up a new channel if i can get 200 subscribers by tonight ill do a $20 paypal giveaway like this comment so your friends can see it or others and they can also be entered GO !!!﻿",1
            z13mf1fz1mmrdr4hf04cdnhxmmqtulfgchc,Nossnevs SWEDEN,2014-08-12T15:44:16.615000,"Check out: My Hood Doh, by Flixter Nossnevs﻿",1
            z134yz2xnujfdnky504cfjnrxuu2vbpgmhk,ZeroxAbood677,2014-08-07T13:57:40.272000,Nezo and Ed<br />Like&amp;share this page on facebook please ﻿,1
            z122djvavnibdrr1j23pjbm4szvfuzlzd04,RandomFuntime,2014-08-04T13:27:47.451000,"Hey I&#39;m a British youtuber!!<br />I upload Weekly!! <br />It would mean the world if you could subscribe!!<br />Thanks,Joyce!!<br />﻿",1
            z134xrxhguygyj12f22wuvej0pnnz5wap04,footboxG,2014-08-03T22:28:17.610000,Subscribe to my channel !﻿,1
            z13mjpyydob5ybead04cgdiaewywunab5pg0k,Henry Cousins,2014-07-27T18:24:57.907000,"hi guys please check out my vids , i will promos to subscribe to you to﻿",1
            z12rtbaiolqywng1v23ispboqrnotriwk04,Lisa UKGirl,2014-07-26T18:46:28.500000,Hey plz check out my music video. Thanks!! :-)﻿,1
            z12btr5hfnjydpwm023xtt0q4urzs1ju4,Mah Productions,2014-07-26T17:07:51.274000,Check the shit out on my channel<br /><br /><br />SUBSCRIBE YOU WILL LIKE IT﻿,1
            z125vphj5u3vw5rya04ch5eatpnwjjsg2u00k,Renee Nelson,2014-07-23T22:23:47.235000,Good video﻿,0
            z13qyltzfvzwir5dh22xv51aczbscpqxm04,t tatsuya,2014-07-23T13:19:09.247000,very good song:)﻿,0
            z12ehbuw2zunyfrlh23ycpzadxm3x5ekl,Dávid Baranovič,2014-07-23T11:57:11.271000,every bady yust have a good time﻿,0
            z12nyp54hkecxheeg22mjhyjixyqittoo04,mariosergopao,2014-07-23T10:58:59.825000, are  there  people who like  this shit? hahahahah :P<br />this isn&#39;t even real music.......... it&#39;s computer-based music.....<br />well done music industry.....﻿,0
            z124w1aolk2tvpifc23fzxuy1v20ghkfp,Devin Thornton,2014-07-23T08:37:48.377000,i love this song so much!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!﻿,0
            z13heluw2l21yhgov04ce5h53u2mhz4joes,ItstheSauce92,2014-07-23T05:22:52.881000,No one makes me wanna party like LMFAO does... I just wanna rage every time one of these songs comes on. The only other band that does that is &quot;On the Rocks Inc.&quot; those kids know how to party﻿,0
            z13uy1yrkprst3ouf22dundglo2dypric04,Naga Berapi,2014-07-22T19:53:51.238000,The best song ever!﻿,0
            z120e5uiiuu4jlaen22dundglo2dypric04,Naga Berapi,2014-07-22T19:53:49.636000,The best song ever!﻿,0
            z13xw1iqty25xhrcb23eg3yjrzift5yfq,ownpear902,2014-07-22T18:44:36.299000,"check it out free stuff for watching videos and filling surveys<br /><br /><a href=""http://www.prizerebel.com/index.php?r=1446084"">http://www.prizerebel.com/index.php?r=1446084</a>﻿",1
            z12mtxqrmxicjfx1s22egddrbnqssva5c04,kimberly dezan,2014-07-22T18:38:37.217000,Love your song makes me happy﻿,0
            z13pc5zgykaetdf2123zhdra5orhjx2k5,fulvio colace,2014-07-22T16:54:45.949000,OOOOO SHUFFLLLLLLLLLLLLLLLLLLLLLLINNNNN﻿,0
            z12iz3brhtvcyt3ze04cjzpg0ljzft3qx0g,Salah DK,2014-07-22T13:45:20.355000,awesome﻿,0
            z12uzjtpanvdhjmtr23asxgyiyjezjxe5,Juan Martinez,2014-07-22T13:22:54.111000,I learned the shuffle because of them﻿,0
            z12dvh0agvqtwzfpa04cfnayinbhf5s4jlw0k,Robotic Band,2014-07-22T12:52:36.698000,The best Song i saw ❤️❤️❤️❤️❤️❤️❤️❤️😍😍😍😍😍😍😍😘😘😘😘😘😘😘😘﻿,0
            z12wypgrswvfcnpnv22yzxjpftvvc5p22,aXXeHackeR,2014-07-22T11:41:57.927000,watch this with sound off!﻿,0
            z12hjvnykwipc3cjc04cjh5pbzjfijv5sck,Ksenia Vladimirova,2014-07-22T11:06:07.798000,Looooooooove this song!!!!!!!!!:))))))﻿,0
            z121szzyozr4vpqqc04cdn5g4zjhutdosdw,ItsJoey Dash,2014-07-22T10:04:05.755000,EVERYONE PLEASE SUBSCRIBE TO MY CHANNEL OR CAN YOU ALL JUST GO LOOK AT MY VIDEOS ﻿,1
            z12dw3tbbzm2gpzty22gtf1bvviqeha2j,ItsJoey Dash,2014-07-22T10:04:00.700000,EVERYONE PLEASE SUBSCRIBE TO MY CHANNEL OR CAN YOU ALL JUST GO LOOK AT MY VIDEOS ﻿,1
            z13kflxgcqn3gv0hz04cdn5g4zjhutdosdw,ItsJoey Dash,2014-07-22T10:02:25.925000,EVERYONE PLEASE GO SUBSCRIBE TO MY CHANNEL OR JUST LOON AT MY VIDEOS﻿,1
            z13lvr4iupatjlrem231yvpxolzvspwdl,Salty Croc,2014-07-22T04:20:37.489000,Like this comment for no reason﻿,1
            z12lxhrqdkyusbkji04cihtrvn3jvxnqszg0k,Bob Orton,2014-07-22T00:26:50.820000,love this song﻿,0
            z12xhdjrsxm3v550w22oynsjrnmvjhkvj,LuckyMusiqLive,2014-07-21T22:25:54.048000,this song is awesome. these guys are the best. love this video too its hilarious lol. im getting popular fast because i rap with meaning. thumbs up if you piss next to the water in the toilet so it doesnt make noise﻿,1
            z13msngo3qvwx1ym223pehqgouexzdmnm,xXxPWND 420xXx,2014-07-21T11:05:51.945000,HOW MANY THUMBS UP FOR LOUIS SAVING THE DAY!?!?﻿,1
            z120hptrylzqzdsoj04cepaonmuyyr1afj0,Matheus Macedo,2014-07-21T04:24:24.585000,NICE :3﻿,0
            """#
        ),
        (
            "Youtube04-Eminem.csv",
            #"""
            COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS
            z12rwfnyyrbsefonb232i5ehdxzkjzjs2,Lisa Wellas,,+447935454150 lovely girl talk to me xxx﻿,1
            z130wpnwwnyuetxcn23xf5k5ynmkdpjrj04,jason graham,2015-05-29T02:26:10.652000,I always end up coming back to this song<br />﻿,0
            z13vsfqirtavjvu0t22ezrgzyorwxhpf3,Ajkal Khan,,"my sister just received over 6,500 new <a rel=""nofollow"" class=""ot-hashtag"" href=""https://plus.google.com/s/%23active"">#active</a> youtube views Right now. The only thing she used was pimpmyviews. com﻿",1
            z12wjzc4eprnvja4304cgbbizuved35wxcs,Dakota Taylor,2015-05-29T02:13:07.810000,Cool﻿,0
            z13xjfr42z3uxdz2223gx5rrzs3dt5hna,Jihad Naser,,Hello I&#39;am from Palastine﻿,1
            z133yfmjdur4dvyjr04ceh2osl2fvngrqi4,Darrion Johnson,2015-05-29T01:27:30.360000,Wow this video almost has a billion views! Didn&#39;t know it was so popular ﻿,0
            z12zgrw5furdsn0sc233hfwavnznyhicq,kyeman13,,Go check out my rapping video called Four Wheels please ❤️﻿,1
            z12vxdzzds2kzzrzq04cdjc4ozq2szuyl5o,Damax,2015-05-29T00:41:22.426000,Almost 1 billion﻿,0
            z12gxdortqzwhhqas04cfjrwituzghb5tvk0k,Muhammad Asim Mansha,,Aslamu Lykum... From Pakistan﻿,1
            z132wd4ywmicxj2gn04cdfhilyryjhmjhk00k,JuanPa Rap,2015-05-28T23:23:41.231000,Eminem is idol for very people in España and Mexico or Latinoamerica﻿,0
            z13si1rx3nnbshdoj04cinipcqzwsdhq0bc,Mjt12,,Help me get 50 subs please ﻿,1
            z13hwbshcnrhztsw204cirfgvregzvywmag,emily 13,2015-05-28T23:10:37.700000,i love song :)﻿,0
            z13nsd141x24yjh2m224xvlhisrqet4pj04,TheJohnRage,,"Alright ladies, if you like this song, then check out John Rage.  He&#39;s a smoking hot rapper coming into the game.  He&#39;s not better than Eminem lyrically, but he&#39;s hotter. Hear some of his songs on my channel.﻿",1
            z132ib3jvvqvzjj5t04ccrequzy5jhvr5ps0k,William Davis,2015-05-28T22:42:19.185000,The perfect example of abuse from husbands and the thing is I&#39;m a feminist so I definitely agree with this song and well...if I see this someone&#39;s going to die! Just sayin.﻿,0
            z13puxp4xp35shhfy22bxx5pqlecxhqgc04,Ashleigh_ Baise,2015-05-28T22:21:26.037000,The boyfriend was Charlie from the TV show LOST ﻿,0
            z13kyh3gdnnzdvxjt04ch5xzwlvjyfujpik,Lauralyn Karoll,,"<a href=""https://www.facebook.com/groups/100877300245414/"">https://www.facebook.com/groups/100877300245414/</a>﻿",1
            z12lhjtxlsisx55yu04cjp3x2mnmu34bh3g,Shirley Lim,,Take a look at this video on YouTube:﻿,1
            z13hhxajgrnldjmn523dsjqynsewilbm1,TMCB production (Instrumental Beats),,Check out our Channel for nice Beats!!﻿,1
            z12xurdj0qznephwg04cftq5rszgxdnq0xw0k,Sylith,2015-05-28T21:50:26.114000,Rihanna and Eminem together are unstoppable.﻿,0
            z13isdtoikvzjlkij04cjxchbpv1tvpgmx40k,nepaladventure,,Check out this playlist on YouTube:﻿,1
            z13qf1qgcyigy14mx223iv2yqxb5ebze4,Pugnsuit,2015-05-28T21:32:08.714000,This song is about Rape and Cheating     <br /><br /><br /><br /><br /><br /><br /><br /><br /><br />Basically.....﻿,0
            z13tyhj4drvcxzllt222tvwp3qi1e34ju04,Inga Lomidze,,like please﻿,1
            z12fcjxowubrsnwx104cftlgcpfzw5uwbug0k,Izana,2015-05-28T20:46:16.348000,"I love this song, can&#39;t believe it was 5 years ago, it doesn&#39;t get old though﻿",0
            z12yg3dp5kf0hnbdj23aftm4iovygt32c,Daniel Klous,2015-05-28T20:24:21.778000,OMG that looks just like a piece of the mirror of harry potter and the deathly hallows.<br />Either that house. (sirius black)﻿,0
            z13xstfb3srrybsb404ccl5w4u3gin4pliw,Martin Gébele MUSIC,,"I shared my first song &quot;I Want You&quot;, and I hope you&#39;ll like it. Take a listen!✌️😊 <a href=""https://youtu.be/-YfUY4gKr1c"">https://youtu.be/-YfUY4gKr1c</a>﻿",1
            z12nebyotsjgdxusi22nwj04pzypjx4ti,Crudgy,,Come and check out my music!Im spamming on loads of videos but its just to try and get my music across to new people﻿,1
            z13ke3jo2mejdbj3v22rslzzwuekwhsch,Joyce Jones,,Check out this playlist on YouTube:﻿,1
            z13gvxshio2lcx1fx22oc3jplwmhzrpsz,Hambro,,HUH HYUCK HYUCK IM SPECIAL WHO&#39;S WATCHING THIS IN 2015 IM FROM AUSTRALIA OR SOMETHING GIVE ME ATTENTION PLEASE IM JUST A RAPPER WITH A DREAM IM GONNA SHARE THIS ON GOOGLE PLUS BECAUSE IM SO COOL.﻿,1
            z12litdrrkzmg51kn23ghl2rctvttp0c4,LIL TEZ,2015-05-28T20:11:52.781000,"You exactly who u want to be,watching your favourite rappers on tv﻿",0
            z13mwrzgekanfjbnw23pgfwzwzf4wxgwv04,Maryf,2015-05-28T19:27:42.212000,Rihanna is absolutely gorgeous in this video.﻿,0
            z12wefdg1w2sz3ase22tsd4j2xn1ybakp,There's No Saving Grace (FreakOffLeash),,Check out this video on YouTube:<br /><br />Love this song... It&#39;s all good will never go back that but I&#39;ll always remember the passion but never want to go back to being dysfunctional insanity....... Goal is to live happy not live insane. ﻿,1
            z12phhz5snysw5yn122xtjtiennhtlqc5,Kishore sl,2015-05-28T18:41:47.260000,"Don&#39;t love someone soo much, love the way u lie..﻿",0
            z121djwacsnbjhafe22nfvj5fuqti5i0t,Dragon Addict,2015-05-28T17:49:36.288000,one of the BEST SONGS in music history﻿,0
            z12txfjzxvnaez5ov04cgjkbhnrnt3nzv04,Belinda Mitchell,,Check out this playlist on YouTube:﻿,1
            z125zruy3pfweniga04celt52kjjjxvgik40k,Klaudia Marysol,,Check out this video on YouTube:﻿,1
            z133sdliqlyvjldpn04cdxfhltqeen2gtsc0k,Rachael Knapp,,Check out this video on YouTube:﻿,1
            z12bdbbiyljvspiop04cgxpzmz3fgn2zppw0k,susie johnson,2015-05-28T17:27:31.425000,No-I hate The Way U LIe!!﻿,0
            z12ruf1qbzv5xxdqq04cgjmiknmhx1mq314,Playboy 808,2015-05-28T17:25:06.652000,Fuck Eminem. Bieber is the best &lt;3﻿,0
            z13ss524vpztvf2de23cyz2bmlfbvtcx304,Melissa Erhart,,Check out this playlist on YouTube:chcfcvzfzfbvzdr﻿,1
            z13uhpnygtntxr1q104cdb441oz0c5lz3yk0k,melissa delaney,,Check out this playlist on YouTube: ﻿,1
            z12hsdhwjqesj54wz04cc5aikwemsrarvak,Ben Romanucci,,Im gonna share a little ryhme canibus blows eminem away a quadrillion times especially about the categories of intelligent things in his mind. That he learned and rapped about and forgot before eminem spit his first ryme.luv ya linz 4e﻿,1
            z12evpx4aliqc1fmp22sifxaiubaxrwre04,kevin alvarado,,Check out this video on YouTube:﻿,1
            z13gctgbhzitfr1up22axlkztzntfvjzt04,mona lavallee,,Check out this video on YouTube<br /><br /><br />﻿,1
            z13ktfeorojjx3dbd04cdzngspmlzj5qghs,Daniel Wagemans,,CHECK OUT THE NEW REMIX !!!<br />CLICK CLICK !!﻿,1
            z12asj4zop3ktr1le22ac54rmryqg321y,Greg Porter,,Check out this playlist on YouTube:﻿,1
            z12avrn4pmaaw34bc04cjfhhjvuazn3w0qk0k,Chris Faith,,I personally have never been in a abusive relationship. I probably never will. I don&#39;t hit women. Mom has my dad used to hit my mom before he left. I can relate I&#39;m writing about one at the moment subscribe to hear it. EVERY fan counts.﻿,1
            z12ofn4qmkmadrykm22bw5dgns3cxjcrh04,sonia prudencio,2015-05-28T16:58:53.855000,Love😘❤💖﻿,0
            z130wtjzpzjvzdtrf04cd5e4zpehgro5eoo0k,Romulus IV,2015-05-28T16:09:13.677000,"Haha, I can&#39;t believe how many kids listen to Eminem.  You kids know that he does drugs and ends high in jail. I wonder why he never ended OD. ﻿",0
            z12qslfpnzyytzhfs23sxzpo0zjnibzw404,awsome models,,plese subscribe to me﻿,1
            z134hvbh0uqsvrhvc22bd5irmlnsxll4f04,Kyle Joyce,,Check out this video on YouTube:﻿,1
            z12vv12yzxuzhnaw104cg3hyboiwyvc4ea0,CypherBrothers,,"Aye homies check out our remix to 50 Cent Your Life Is On The Line we just started our youtube channel and we are all ways working hard, give us some feed back on our latest song on what you guys think if you like show support.﻿",1
            z13zety5rwintlwlp23jtf5gxtalhlqrx04,Lynda Johnson,2015-05-28T15:19:53.599000,this is the 2nd most best song when im gone by m&amp;m﻿,0
            z12pivfwewrbghj5504ccf5binmnurn5chg,Bryan Carter,,Check out this video on YouTube:﻿,1
            z12ujdnhpwroej3rd04cgrlguunjdnfwmkc0k,Bo Lanciné MAGASSOUBA,2015-05-28T11:47:37.722000,"WE GO FOR 1,000,000,000 FOR EMINEM﻿",0
            z12zfn0hzpazglcqa04cel05ixmujrq4ns40k,Supernatural Kubilay,2015-05-28T07:23:37.637000,Eminem and Rihanna sing the song very well.﻿,0
            z12mjlfh2wyzzzc3e22sehuzmmjmstlv2,Bilinmeyenin Bilinmeyeni,,Subscribe me Secret videos :D﻿,1
            z13ahxgwpxvqwdc5l04cfx04zujse1vqprc0k,Janie Musgrove,,Check out this video on YouTube:﻿,1
            z13agbcrkp34wjdgl04cefs5lvvcxzeoj0s,Karen Cook,,Check out this video on YouTube:but I&#39;m not Rhinnah﻿,1
            LneaDw26bFt7RP87Zm4xWaDRwG5SE0XUHC_YBbvPQhQ,ultimatecleanmusic,,Subscribe to me for clean Eminem!,1
            LneaDw26bFshLT1-9YrPxWqbLzAdCIz2qsKDoIM2SDY,DJ ROY,," Hey youtubers... {**}I really appreciate all of you who took the time, to read this, I am just a 19 year old boy who wants to be a successful musician in the           music world. {**}I dont have any money to advertise my channel, {**}If you could just visit my channel, comment on my video or subscribe, that would be great.... {**}It will only be few seconds of your life..... {**}Thank u to all the people who just gave me a chance l really appreciate it ",1
            z13dd1easxeqvnjxj04cerrianuqvzhyh3g,Puan Sha Zamri,2015-05-28T07:22:25.813000,LOVE THE WAY YOU LIE ..&quot;﻿,0
            z12dhdyq0lrxvfnkc23audjzgyjlhjoi204,andrewregino1,,Check out this video on YouTube:﻿,1
            LneaDw26bFsY5GVSw7Ysrp_qYtM0fQNxxmgXMIejcys,Pedazo Astur,,This guy win dollars sleeping... m m m he loves the planet its full of RETARDS,1
            LneaDw26bFspn3Az6aidHV7B4bezpM4wwmxPZdnRcI0,A Way With Words,,Check out our cover of this song!,1
            z13bjd54knqthbzis04cjb5xxsydfhzqejk,Louis Serano,,Check out this video on YouTube:﻿,1
            z13cxvn4hyjbyjiab04cepiynzaihpmpp24,Muhamat Agus,2015-05-28T06:20:49.335000,goot﻿,0
            z12yzzqoozqieho4x04ci12qbrzhyzyyvjg,iSmartKid,2015-05-28T03:27:18.079000,2015 but Im still listening to this!﻿,0
            z13fybbinsbfsxkmp22xcdlr1lqjuzi5i04,Jodie Jackson,2015-05-28T01:55:43.908000,"How is this the most watched Eminem video, it beats not afraid? ﻿",0
            LneaDw26bFt7AvG8x15igOZvrWApak5Zh5-PPag9YTs,themagicmangotree,,Check out my channel for funny skits! Thanks!,1
            LneaDw26bFvYw369Q5okcXCmHP7yDxn75UhHEKdI8Kc,AllDailyVines,,hahahahah ♥♥♥♥ :D like vines ?  Subscribe to me for daily vines,1
            LneaDw26bFsR_suTFQXPd6_Nuv-oikecM7Vx539o-2k,Samantha Sawyer,,please read this please! i am a country singer who is trying to become someone. so if you would like my videos please. just type... boys round here by country girl (only on computer) wasting all these tears e.t. please subscribe and like,1
            z124ipdjxtumszl0c23schdzqpb0xvczx04,Tajuanna Davis,,Check out this video on YouTube:﻿,1
            LneaDw26bFscYlZhrdft-O6Q7koeIpT4s4zpkbDHxl4,FreshX,,"GUYS SHARE THIS VIDEO!!!!!  HE must have 1.000.000.000 views  Share on Facebook, groups, pages!!",1
            LneaDw26bFsrleSoC9hVAdk8QmJCwfmQ1BuBDhQBQ6E,Wild 'N' Out,,CHECK OUT Eminem - Rap God LYRIC VIDEO,1
            z13durcjdm23ifwo204cfxhzawawsrmps24,Alura Patterson,2015-05-28T01:51:54.181000,Love this song﻿,0
            z12ied2xrpvuyrhkw224hxphqrzeev5s2,Cristian Sepulveda,2015-05-28T01:47:29.843000,"Rihana, Love Me. :(﻿",0
            LneaDw26bFuUatkiFUWLUY4JNw8D3HREKe8cD134B3U,Michael J. Cabose,,like this comment then type 1337,1
            z12buhk4iou1g3jl322ts5mzltm4fdhpz04,RoyEpperson,2015-05-28T00:59:58.305000,Is that Charlie from lost?<br />﻿,0
            z13hcbfavrmgdz5df23nvnewnrbqj31vr,TheSkullcrusher73,2015-05-28T00:13:57.590000,who the fuck cheats on megan fox﻿,0
            z13ui5tzlzucinaab04chvzqps22cxhznxc0k,Sebastian Martinez,2015-05-27T23:35:12.915000,that is megan fox﻿,0
            z13ufngwhsmyedddo23yhp3hroypufsmz,Febe Gonzalez,2015-05-27T21:01:51.708000,I love music﻿,0
            LneaDw26bFv6O3PTavPjpuAqyBikCq_8e6hyf4UjzYU,Michael J. Cabose,,like this comment then type 1337,1
            z13xcrw5xrregt5gu04cg5rrtl3mwdkp33o,Laura Da Silva,2015-05-27T20:53:19.614000,❤❤❤❤❤❤❤﻿,0
            z13seb1gkmvqd1qne22ef3uihziwzlpqc04,Bayern Franken,2015-05-27T20:37:13.947000,"hot,hot﻿",0
            z134hfcw5v20ztroh04cjv4aezyaz5lq3zs0k,Tyler Gilman,,Check out this video on YouTube:﻿,1
            LneaDw26bFuiuUSZ-vXu3wz5XEsS6fhI7SHFsSXLcdo,ViperFoe,,"Wow justin Bieber is Better  thats why when he buys medication he always shares with his half wited money alfred but sadly enough he is an attention hog with swamp ass and an eating disorder filled with sassy mice, and flaming hot cheetos that he can eat with the power of the samurman.",1
            z13oexlyfxivznriw04cdxmqqpmgy3bi5z40k,Jimmy Hopkins,2015-05-27T20:02:52.297000,this fucking song like a&#39;n oreo the only white part is the good 1﻿,0
            z12oyrwohnngydher22nvh2qqvmtcvqo004,Dale Sullivan,2015-05-27T19:09:05.210000,"no where near one of eminems actual best songs, real fans know what im talking about: Untitled, cold wind blows, welcome 2 hell, elevator, business, wtp, almost famous, 25 to life, rock bottom, no apologies, same song and dance, without me, way i am, toy soldiers, mosh and insane &lt; songs off the top of my head that&#39;s better﻿",0
            LneaDw26bFuP3B-am8XnZ--Od7F-JAwYOX4wwSK6Z64,volleyballspikerable,,"Finally someone shares the same opinion as me. I&#39;ve tried really hard to like Gangnam style but I just can&#39;t, I don&#39;t even get the dance either. A song like this should be more popular than Gangnam Style, at least it makes sense.",1
            LneaDw26bFutstEGU6gC3skDv8gnI8WnvWwvbuw3TP0,DanteBTV,,Check Out The New Hot Video By Dante B Called Riled Up,1
            LneaDw26bFvx3P5m9aHNEmwxaQJ2-C9iXQYdJD8fpiA,DanteBTV,,Check Out The New Hot Video By Dante B Called Riled Up,1
            z12ithhjbzzhwdmy504cfd4ypkiiizlbg3k,Ali Baza,2015-05-27T18:33:10.607000,"Still listening,still same pleasure﻿",0
            LneaDw26bFuYQhgPVcKoJxOS7aSiV7l-Ce25QwQEabw,Josephine Monti,,▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌ FACEBOOK PASSWORD HACK 2013! facebook-pass-hack2013.blogspot.com ONLY 100% WORKING SOFTWARE FOR HACKING ANY FACEBOOK PASSWORD! It&#39;s FREE for download and breaks any password in 10-15 minutes! 100% virus free! For details and FREE DOWNLOAD please visit facebook-pass-hack2013.blogspot.com ▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌▌,1
            z12ey1yzeo3quba4j04cfri44zazflihkes,Aurora Calvanelli,2015-05-27T18:00:23.754000,I love you!❤✨﻿,0
            z13qjrqjnqbcvnpeg23lubsaezyzx1wti,LXZNY,2015-05-27T17:47:58.539000,2010? The time past so fast ..﻿,0
            LneaDw26bFsE40L22WKVUqwIkp6g-YbHB2NgDr9DNo8,Dakoda Bigelow,,"Hey everyone, I&#39;m Dakoda Bigelow.  I&#39;m a 17 year old singer, rapper and producer.  I&#39;ve gained over 490,000 views so far but I really need more views, likes and subscribers in order to make it.  Check out my brand new music video for my song So Gone!  Also check out my new song called Deaf.  A few moments of your time would be greatly appreciated and you won&#39;t regret it :)  Please thumbs this up so more people can see it!  Thanks for the support.",1
            z13ddxrp0kv1gb13u22xudej0xrfwjk1f,ankan412,2015-05-27T17:38:49.616000,#2015 FUCK YEAH﻿,0
            z134d5u5gkeeudxkj234wpgbxxezi1eb104,UserGamer51 _,2015-05-27T17:33:07.626000,eminem is a ginius stop!﻿,0
            z13sgp25fzybg11lc23bhncaipqvgz14q04,Fill Reseni,2015-05-27T17:10:53.724000,The rap: cool     Rihanna: STTUUPID﻿,0
            z12pxz2gvtrzfntqz04chluidzjvtr0yf04,Amer Amer,2015-05-27T15:40:48.105000,Just gonna stand there and hear me cry ..﻿,0
            z12ndfzrsunjyji1522exnrwcl3rt11eh,AliBerk Özer,2015-05-27T15:16:59.137000,Love﻿,0
            z12mw1oyume1vb3by04ci3u5it3pgbbgrng0k,King Kunta,2015-05-27T09:59:32.192000,Feels and emotions in this song...God damn﻿,0
            LneaDw26bFt04z-5gd60QQsZAfjRxMsf7yqOomgDuvg,Joden Brett,,all u should go check out j rants vi about eminem,1
            z13gi54oqrf2hlkxg04cedchhrnjy13oj4s,GB REEFAT,2015-05-27T07:44:24.226000,MEGAN FOX AND EMINEM TOGETHER IN A VIDEO  DOESNT GET BETTER THAN THAT﻿,0
            z13suzmh3uztgzwpo04cczvhfqfyifcawws0k,char mcleod,,"Check out this video on YouTube: <a rel=""nofollow"" class=""ot-hashtag"" href=""https://plus.google.com/s/%23Eminem"">#Eminem</a> <a rel=""nofollow"" class=""ot-hashtag"" href=""https://plus.google.com/s/%23Lovethewayyoulie"">#Lovethewayyoulie</a> <a rel=""nofollow"" class=""ot-hashtag"" href=""https://plus.google.com/s/%23RapGod"">#RapGod</a> <a rel=""nofollow"" class=""ot-hashtag"" href=""https://plus.google.com/s/%23King"">#King</a> ﻿",1
            LneaDw26bFsatnacZXb_S1v2dOV0EyaNuykTxwkPmWg,101Tele,,"yo I know nobody will probably even read this..  But I’m gonna type it any way because i hope at least one person will  i&#39;m a rapper with a dream. I know there&#39;s like 200k of those in this world  but please check out my music and subscribe? if you want.? thanks,  I would love nothing more than to have a decent following on youtube..  if anyone? reading this could press the &quot;THUMBS UP&quot; other people will see it  just a simple button press? could make my dream come true =) Thank You",1
            z12ecbfbewzlxxe5u04cjtmhqnzsdvyx1vs0k,leslie mendoza,2015-05-27T04:28:42.896000,best song﻿,0
            LneaDw26bFtwg5A1ijrcWVqI_5EptEDoyiygIJl5Xp4,real money,, subscribe to my feed,1
            LneaDw26bFtiRx1bZC7n8eZ5ZsRoXrrrfdVu_92PJd4,SlimShadyPG,,"EVERYONE GO AND SHARE youtu  be/ARkglzjQuP0 ON FB,TWITTER,G+ TO VOTE FOR EMINEM TO BECOME ARTIST OF THE YEAR ON FIRST EVER YOUTUBE MUSIC AWARDS !!!  AND GET THIS METHOD TO CHEAT AT INTERNET ROULETTE OUT OF EMINEMS VIDEO ! SHADY ARTIST OF THE YEAR !",1
            LneaDw26bFu5UYF_PGCmMngzhI9QbSqmuO8zWFK0DCk,MegaEvilMonkee,,Check out Em&#39;s dope new song monster here: /watch?v=w6gkM-XNY2M  MMLP2 FTW :),1
            LneaDw26bFs8EyO6vOIKjYpRt-sa-JxqbsTjjcbiPaQ,Adela Korman,,  Check out my SEXY VIDEO :*,1
            LneaDw26bFuLqTvlvHELy-tdwJHJYoSpv3zRbTj-5SQ,Adela Korman,,  Check out my SEXY VIDEO :*,1
            z13acfnbooefdzs4b04chtqjgyu0g5qqmgg,Sean Gormaly,2015-05-27T01:47:25.865000,Is that Charlie from lost?﻿,0
            z13sy3uphtayfrujz04citigxpnfj5c4gk00k,DrAxel81,2015-05-26T23:58:40.132000,Anyone else notice that Megan Fox is in this video?﻿,0
            LneaDw26bFu5aHCxlCYOFf1hW49mEQ4diJ3yjwxuW3U,Chuck Norris,,Do you need more instagram followers or photo likes? Check out IGBlast.com and get em in minutes!,1
            LneaDw26bFv9-vkMJy7kInsCbJzQ8qlJ8oUz9N7WfFQ,DanteBTV,,Check Out The New Hot Video By Dante B Called Riled Up,1
            LneaDw26bFsJd_Nwz5Hi7qWxPhPBjDRYOlUjtLgDwsk,DanteBTV,,Check Out The New Hot Video By Dante B Called Riled Up,1
            LneaDw26bFvAsBvYZLuVc3cJCI65rJQ9A-wZAcukfp0,101Tele,,"yo I know nobody will probably even read this..  but, Imma type it any way because i hope at least one person will  i&#39;m a rapper with a dream. I know there&#39;s like 200k of those in this world  but please check out my music and subscribe? if you want.? thanks,  I would love nothing more than to have a decent following on youtube..  if anyone? reading this could press the &quot;THUMBS UP&quot; other people will see it  just a simple button press? could make my dream come true =) Thank You",1
            LneaDw26bFupwvoW3Go_MqiZr35wklInwfOlKebxCYE,Anon,,"youtube.com/watch?v=2ASFn9ShgHk&amp;feature=youtu.be  please check out my song. looking for feedback, and supporters.",1
            LneaDw26bFvnMp5q__XiHBvyky8sw2uF9b-ZfDZi2to,WeTheDopeSquad,,WATCH MY VIDEOS AND SUBSCRIBE,1
            LneaDw26bFvxF3dtP-JPmr1RRfbcmnhR8cXBDGWcO2M,AllDailyVines,,:D subscribe to me for daily vines,1
            z12svjz4pt3sxvser22cgdsbnyfwtn55l04,Emma Fedorova,2015-05-26T22:16:39.932000,LOVE IT!!!!!!!﻿,0
            LneaDw26bFtwtT8_LopWaaxY8Oyx9gsb7cJXYi2g9_E,Brandtastic 1080,,Hay dakota u earned a subscribee,1
            LneaDw26bFs87f8zCtdgtSzADarWSHU_uPcclXWKxms,Andrew Guasch,,"Listen...Check out Andrew Guasch - Crazy, Sick Flow...I&#39;m dope....that&#39;s all there is too it. If you like it Subscribe, if not, Ill be with Aftermath of TDE Soon enough.  One Love,  Peace.",1
            LneaDw26bFt2UN5Rat9A-sFv7kHQK3u5BwCCi0L8W1s,DanteBTV,,Check Out The New Hot Video By Dante B Called Riled Up,1
            z13zzjea3lrdfpk3323gttf4qtvwdbuhh04,Zach Myers,2015-05-26T19:46:46.819000,I hate rap and I like this song﻿,0
            z13czbe5wuelthefr22uit3o4m32v3f4q04,Chris Edgar,2015-05-26T18:40:11.037000,Love the way you lie - Driveshaft﻿,0
            z13pevnyjqyyi1o0a23wtbkiukzfcbz3j,Jakab Norbert,2015-05-26T17:26:02.908000,2010:(﻿,0
            z13xg5zjtp3sfxm4a04cf1bolmzvu154bto0k,Marsonal Carrey,2015-05-26T17:25:43.332000,"1,000,000 VIEWS NEAR﻿",0
            LneaDw26bFs2gfQVXn0iARlUHD77c23Quer_0vQFKR4,Jacob Johnson,,"You guys should check out this EXTRAORDINARY website called FIREPA.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at FIREPA.COM !   Visit FIREPA.COM and check it out!   Lake   . Chillpal . Sturdy . Astauand . Johackle . Chorenn . Ethosien . Changeable . Public . Noxu . Ploosnar . Looplab . Hoppler . Delicious . False . Scitenoa . Locobot . Heartbreaking . Thirsty . Reminiscent",1
            z124ixlgtxrxeliqw04ccr5auumhzbezcbo,Sean Messi Y.,2015-05-26T17:12:28.337000,this song is NICE﻿,0
            LneaDw26bFvEU1KP4pLe6ZX7ShycVVArHO-hQyOPKYI,Laura Brown,,"You guys should check out this EXTRAORDINARY website called FIREPA.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at FIREPA.COM !   Visit FIREPA.COM and check it out!   Lake   . Busyglide . Sasaroo . Sore . Chillpal . Axiomatic . Naperone . Mere . Undesirable . Agreeable . Encouraging . Imperfect . Roasted . Insidious . Modgone . Quickest . Trelod . Keen . Fresh . Economic . Bocilile",1
            z12vilga4u3yjpvse23pst05vsy0xtikh,acgillespie,2015-05-26T17:09:09.703000,Sick Music for sick females﻿,0
            LneaDw26bFugQanw0UtVOqzEgWt6mBD0k6SsEV7u968,Jacob Johnson,,"You guys should check out this EXTRAORDINARY website called MONEYGQ.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at MONEYGQ.COM !   Visit MONEYGQ.COM and check it out!   Lake   . Victorious . Luxuriant . Alcoholic . Responsible . Unbiased . Yoffa . Ociramma . Ociramma . Handsome . Arrowgance . Mizuxe . Boaconic . Sophisticated . Ill-fated . Spourmo . Chubby . Hioffpo . Probable . Singlewave",1
            z13gy34yyoexwhe2k23bwbb45pmoynthn04,Sylvie Clinkemaillie,2015-05-26T16:53:49.753000,LOVE TROP FORT VOTRE  clip﻿,0
            LneaDw26bFvpsz7rRi--uuuhcXD8DdMabES0ZpcLQlQ,Jacob Johnson,,"You guys should check out this EXTRAORDINARY website called MONEYGQ.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at MONEYGQ.COM !   Visit MONEYGQ.COM and check it out!   Lake   . Waratel . Misty . Exciting . Swoquix . Acaer . Chillpal . Tupacase . Arrowgance . Lively . Hard . Idiotic . Bored . Cool . Ablaze . Crabby . Aloidia . Cheilith . Feandra . Useless . Ploosnar",1
            LneaDw26bFsyF8tOZ0xw7y8WVG6yqAbDgX-tObOFJHo,Laura Brown,,"You guys should check out this EXTRAORDINARY website called MONEYGQ.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at MONEYGQ.COM !   Visit MONEYGQ.COM and check it out!   Lake   . Ignorant . Wavefire . Reiltas . Astauand . Skizzle . Jovaphile . Swooflia . Grynn . Excellent . Slimy . Gabby . Nalpure . Lucky . Glozzom . Depressed . Better . Deep . Sinpad . Stereotyped . Toximble",1
            z12wxljzemu3y5op504chzxqwkqkezor5nw0k,Maeva Bahlouli,2015-05-26T16:14:09.434000,Eminem et Rihana trop belle chanson﻿,0
            z12ts5g4zmekx3jxu04ce5wbesfkx1lrhxo0k,awsome6948,2015-05-26T15:26:55.753000,this song is better then monster by eminem﻿,0
            z13hdld4pqabztczx04cgvka1wnvtlxaxqk0k,호성나,2015-05-26T12:19:29.771000,He is good boy!!!<br />I am krean I like to eminem~!~﻿,0
            z12rfprhgnipxnlhy04cifqgxkjaydsw0b4,This Hans,2015-05-26T11:23:52.048000,it is wonderful﻿,0
            LneaDw26bFsBtfre7-TAAB3E03wBGNFYTtG5EG4-Zq8,Laura Brown,,"You guys should check out this EXTRAORDINARY website called MONEYGQ.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at MONEYGQ.COM !   Visit MONEYGQ.COM and check it out!   Lake   . Magnificent . Noodile . Unequaled . Moderock . Gogopo . Lulerain . Olielle . Zesty . Laughable . Accidental . Pepelexa . Delightful . Wiry . Toogit . Uncovered . Chesture . Woozy . Adhoc . Weak . Shallow",1
            LneaDw26bFtg4S7L4GethprEUChZq3UF60r8hc2sHYE,spamworld2009,,Share Eminem&#39;s Artist of the Year video so he can win. We could see a performance and acceptance speech. Like this comment so everyone can see.  2014 =  Year of Eminem,1
            LneaDw26bFvF20ISV3_bAs2_rN15DyE6cTqB-iNAgkY,spamworld2009,,watch?v=ARkglzjQuP0 Like this comment and share this video so Em can win!!! #YTMA,1
            z12oipfxfzrndpzvj22ae30gytqufhgrl04,01FLHT,,Check out this video on YouTube:<br /><br />Eminem is amazing. ﻿,1
            z13oulsz0uzyxflr304cjds5jqbmej1b3mg0k,manish srinivas,2015-05-26T10:35:10.230000,awesome song ever﻿,0
            z124hrlillzaw1tpm04cj544rn3ny5zwfmg0k,Rufus Korovina,2015-05-26T08:41:13.177000,love﻿,0
            LneaDw26bFvwR9MSGUFzCNBEu-3vlO52N93p9T4CRcM,FrostByteRaines,,No long paragraph just check out my song called &quot;Fire&quot;.,1
            z12yvpqranrjy3gzk04cf1qbrxrpiforz34,Amy Eller,,Check out this video on YouTube:﻿,1
            z13fsfeyruulsxerl04ch1aatpbhv31z32c,James Lim,,"Check out this video on YouTube: <a href=""http://www.youtube.com/user/jlimvuth"">http://www.youtube.com/user/jlimvuth</a> ... Eminem ft Rihanna - Love the way you lie﻿",1
            z13xx5w52svttd3lt23kijvwqtvph5m3l,sparkle princess,2015-05-26T07:39:34.920000,"do you guys know, there&#39;s a part two of this song! :D﻿",0
            LneaDw26bFuYk-CX66ilV73gcn_vYn4Ixf3g9hRr-QA,Joseph Jackson,,"You guys should check out this EXTRAORDINARY website called MONEYGQ.COM . You can make money online and start working from home today as I am! I am making over $3,000+ per month at MONEYGQ.COM ! Visit MONEYGQ.COM and check it out! Memory Ferirama Besloor Shame Eggmode Wazzasoft Sasaroo Reiltas Moderock Plifal Shorogyt Value Scale Qerrassa Qiameth Mogotrevo Hoppler Parede Yboiveth Drirathiel",1
            z132sv2requjwv5rt04chf5hvqmlx3taayw0k,来安 Rai An Tatsumi,2015-05-26T05:53:58.715000,"Hey, it&#39;s Charlie from Lost﻿",0
            LneaDw26bFun23MY7WyKqy2ranhq31GL0qSYL-0X9Xg,Joseph Jackson,,"You guys should check out this EXTRAORDINARY website called MONEYGQ.COM . You can make money online and start working from home today as I am! I am making over $3,000+ per month at MONEYGQ.COM ! Visit MONEYGQ.COM and check it out! Wazzasoft Industry Sertave Wind Tendency Order Humor Unelind Operation Feandra Chorenn Oleald Claster Nation Industry Roll Fuffapster Competition Ociramma Quality",1
            z13owrjplrmwwf21b22qzbbjlx3etfoha04,Chutipha Wongsaroj,,Check out this video on YouTube:﻿,1
            z121i1eqppzph3eod04cixfgwknydnfzq3k,railn j sander,2015-05-26T05:32:15.041000,"I guss this song is one of my worst fears in life, to be with someone who abusive towered me and live with him.... ﻿",0
            LneaDw26bFvtmJorLbUQjuqmpL7TdjOKPGJT_DGUUJ4,louis canellony,,watch youtube video &quot;EMINEM -YTMA artist of the year&quot; plz share to vote!!!,1
            z13ye1jj0nmftp3bm04cetp5krufcxpyyg4,Ellen Hamilton,2015-05-26T03:40:15.595000,"Made five years ago and people still don&#39;t understand the message this song is conveying. For those of you who don&#39;t, understand that domestic violence is no game, women like the fictional one in this video do exist. Living their lives with a man who abuses her, but still chooses to stay for not the love, but for the sexual feeling he gives her. This is quite sad, actually. ﻿",0
            z13ptzarkk3efzkwc04cij4pdva4yhqzlq40k,D Maw,2015-05-26T03:14:40.856000,5 years and i still dont get the music video help someone?﻿,0
            LneaDw26bFs1RtSwnOjwqXJGQrskf-Ocb9xxtCuif98,AD OSG,,Please check out my New Song (Music Video) AD - Don&#39;t Play,1
            LneaDw26bFsTytWDcS_4DFWlbxAlCfw2c_9PIcArNdw,chantel toledo,,Tell us the title so i can like and subscribe your music fgw please,1
            z12jzbkwfyuzdr1gg04cgzjqdpfgtnm5l04,Chris4chan,2015-05-26T02:55:34.984000,This video is kinda close to 1 million  views <br />﻿,0
            z12uzrtwrxnfxrh3h22bzbuhekqzzp4mh,Großdeutsches Reich,2015-05-26T02:31:49.765000,Fuck you Eminem﻿,0
            LneaDw26bFtQ_DKei9k8hUUWHEzYNvZwn-q5QT2FCVU,Derek Moya,,"You guys should check out this EXTRAORDINARY website called MONEYGQ.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at MONEYGQ.COM !   Visit MONEYGQ.COM and check it out!  The metal drews the reflective effect. Why does the expansion intervene the hilarious bit? The sneeze witnesss the smoke.",1
            LneaDw26bFsruAgOVpmqyunZmTUad56RMEd1CFlt2uY,Derek Moya,,"You guys should check out this EXTRAORDINARY website called MONEYGQ.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at MONEYGQ.COM !   Visit MONEYGQ.COM and check it out!  Why does the innocent woman prioritize the desire? The flight searchs the sad polish. When does the tax zip the omniscient record?",1
            z12xirno0xvlwfz0o22rexjrlyuzyjttn,KING CAPP,2015-05-26T02:31:39.111000,2008-2010 were the years for pop﻿,0
            z13uutbriumnuj3rq04ccbvqlwjuj1srhyk0k,Warcorpse666,2015-05-26T02:27:43.254000,sorry but eminmem is a worthless wife beating bastard﻿,0
            LneaDw26bFt_sZxaSVD4YYGDWlCcEfLjcNyYrRWcSrg,Eminem King of Rap !,,  Eminem is the king of rap  Micheal Jackson is the king of pop  If you also wanna go hard and wanna be the person of first class fame just check out Authenticviews*com and be famous just within days !! yO ~,1
            z13kfpwrhzeuvfavb221yxoj3ynsi5vjo04,Warcorpse666,2015-05-26T02:23:11.364000,so spousal abusue cool that&#39;s great﻿,0
            z130druz4w3wdtxpn04cfjjazmugzjtp5i0,General Delícia,2015-05-26T01:47:14.557000,she is megan fox?because she is very similar﻿,0
            z13qgndqwtb0c1z0z23qjj5yivq0djqul,LEGO_01 AND OBRY,2015-05-26T01:15:53.571000,"Holy crap. 800,000,000 views?!﻿",0
            z13xxbfocuaewj0jl04cgbcioua2ht0zxjo,miguel Leon,2015-05-25T22:52:54.552000,eminem - RIHANNA﻿,0
            z13kch2hprqkjhr5d04cdlwzkpeuwxljhhs,MajesticFlyingWhale,2015-05-25T22:38:00.654000,LOVE THIS SONG!!!﻿,0
            z12agrbxiwabvrb2g22pfpcqys2eyrwbd04,Candela Camacho,2015-05-25T20:10:45.656000,What nicei⛺♥♥♥♥﻿,0
            z12qidxykke3jnmm522nj3noypyaedja504,Destiny Boatley,2015-05-25T15:08:58.329000,I like this song very much﻿,0
            LneaDw26bFuRc-oJgCqkRGDhRb4gOA2s1-Katw83fJI,Derek Moya,,"You guys should check out this EXTRAORDINARY website called MONEYGQ.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at MONEYGQ.COM !   Visit MONEYGQ.COM and check it out!  When does the flimsy slip facilitate the manager? How does the noise set goals the anxious regret? How does the actually loss retrieve the smile?",1
            z12osrsgan34db4eh223gbwr4urwhzfzv04,Hugo Gonzalez,2015-05-25T14:33:19.596000,I love it and my mom to﻿,0
            z133inhqhvzzctc5z04cfdaqcq2uch04fes,RusPassingGame,2015-05-25T11:04:16.985000,Who is watching in 2015 like﻿,0
            LneaDw26bFv3qdtt-_26444mTK_vLq39DRUsyxXMKkQ,AD OSG,,Please check out my New Song (MUSIC VIDEO) AD - Dont Play,1
            z13rj3tohue0exbkz22iyr3w2rntsfqcm,jameel alnozha,2015-05-25T06:01:01.050000,amazing song﻿,0
            LneaDw26bFsY3eyLLIkw8L2IJlhDoVXNDE-9aWVb1s4,Derek Moya,,"You guys should check out this EXTRAORDINARY website called MONEYGQ.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at MONEYGQ.COM !   Visit MONEYGQ.COM and check it out!  Why does the wood photograph the husky breath? When does the act retain the delightful system? The rhythm fabricates the scintillating harbor.",1
            LneaDw26bFv1OK5quUOMAxJiN8tdhKPRzQMpB13UZpY,Jerry White,,"You guys should check out this EXTRAORDINARY website called MONEYGQ.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at MONEYGQ.COM !   Visit MONEYGQ.COM and check it out!  The cook officiates the tax. The walk judges the amount. Why does the ink train the valuable increase?",1
            LneaDw26bFtw9HLRdHT6M-zQCNCHF7b6j-vqweZRKh0,GreenStudioMashups,,check out my Eminem &amp; Kid Cudi M a s h up /watch?v=XYTcq5NzMuA,1
            z125ef44tkipszbsq22firvzrwqpi3qdd,Andi Arizmendi,2015-05-25T03:30:30.047000,I like it﻿,0
            LneaDw26bFsNCzFDEM6x7-7RjXB5NjguHaB7LJf7qFg,dungeonturmoil1 .,,"YO GUYS SORRY IF THIS ANNOYS YOU!!! BUT CHECK OUT MY CHANNEL, AND LATEST VIDEO. A LIKE AND SUBSCRIBE WOULD BE NICE TOO!!!!!!!",1
            LneaDw26bFtEfMdXUYebOl-nweqjHYVYlY80z53Y4DY,Nick Amodei,,"This past Christmas my dad passed away, to help me cope I picked up a pen and some paper and started to write. Little did I know nearly 9 months ago that it would bring me where i&#39;m at today. Over 7k subscribers and 500k video views. I just wrote and released a song yesterday about a friend of mine who has tried to commit suicide several times, I can&#39;t promise you professionally produced music, but I can promise REAL lyrics. Just click on my picture. Thanks, and thumbs up so others may see?",1
            LneaDw26bFshakV1mr8xdnPsZTs4kKWkL20CH_8-gww,George Raps,,"••••►►My name is George and let me tell u EMINEM is my idol my inspiration, I&#39;ve listen to him growing up, I never thou I would love rap this much But I thank him for helping me find my dream. So I rap now and make YouTube videos and yesterday I covered the song Mockingbird it&#39;s in my channel I worked really hard on it and it&#39;s one of my favorite songs of Him. So please go check it out and subscribe it would mean the world to me n sorry for the spam ◄◄••­•• don&#39;t hate I&#39;m not Eminem",1
            z13gwzgyuqaruxcg304ch5lwdwb0wtiztaw,tori strong,2015-05-25T01:56:04.076000,"love the way you lie featuring rhianna, hes an awesome rapper!!! shes an awesome singer!!!﻿",0
            z12xtnzbxomaglq4k04cfzpwiovxizj5l5o,austin green,2015-05-25T01:36:45.928000,Eminem is my insperasen and fav﻿,0
            LneaDw26bFu2MoxKYLTd1zwJ-rs2k3ODQNQUJazVmcU,Frozthax,,e.e....everyone could check out my channel.. dundundunnn,1
            z12ai5agdlawczj5x04cfhbr2vuezzvox1s,harold_123,2015-05-25T01:03:35.172000,"Every collaboration between them, we know it will be number 1 ﻿",0
            LneaDw26bFtnG00TCBv-OKXOFCWEyHF4LFGUJv7VHNc,Scott Johnson,,"You guys should check out this EXTRAORDINARY website called ZONEPA.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at ZONEPA.COM !   Visit Zonepa.com and check it out!  Why does the answer rehabilitate the blushing limit? The push depreciateds the steel. How does the beautiful selection edit the range?",1
            LneaDw26bFvfudvCyyJZYFnbHLToXau89jeMxKEcKTA,Scott Johnson,,"You guys should check out this EXTRAORDINARY website called ZONEPA.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at ZONEPA.COM !   Visit Zonepa.com and check it out!  Why does the view disclose the macho lift? Why does the letter frame the thundering cause? Why does the talk prevent the conscious memory?",1
            z12lupcjftucw3v0x23ljvuzwpexizp0c,Eko Budi wibowo,2015-05-25T00:33:52.340000,good music﻿,0
            LneaDw26bFuUfz6WhRf9xiRHsxHm0t4fXYLbcPhB7Lk,Scott Johnson,,"You guys should check out this EXTRAORDINARY website called ZONEPA.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at ZONEPA.COM !   Visit Zonepa.com and check it out!  The jelly activates the reflective distribution. The normal top synthesizes the opinion. The victorious plant entertains the language.",1
            LneaDw26bFsHybGKD92nHxbPKLFPvfv-HQtTPXZV1B8,Besser Wisser,,if you need youtube subscriber mail hermann buchmair on fb,1
            z13ptttyrxekcdvib04chdepnmqygrnwj4c,Domonic gamer,2015-05-24T23:53:16.454000,is it bad that my realtionship is just like this lol﻿,0
            z12tsbvjay3avf04r04cdzegdkftg5cq5xg0k,Batman,2015-05-24T21:31:02.726000,This video deserves <b>1B</b> views!!!﻿,0
            z12ddzwatzqijxh5p04cfnc5stnkjhbr3zg0k,tommy rincon,2015-05-24T20:59:37.012000,2015 and more....﻿,0
            z12yc35j4vmxyfghs04ch3jhcyukjpqzvbw,ferri andrian,2015-05-24T14:32:55.194000,best song ever (y)﻿,0
            z132sv1blzi0xhnld225vncq1niyyhrnr,Ben vW,2015-05-24T14:00:01.233000,I could hear this for years ;3﻿,0
            z131c34acoqgwfkz304ccjertpfugxbrezw0k,ankit gulekar,2015-05-24T13:18:45.489000,Who is still watching in 2015﻿,0
            z13lgrngavanillud22bxz05tpe0endag04,pooperscooper71,2015-05-24T13:13:23.397000,I wish that guy wasn&#39;t so protective geeze﻿,0
            z13ft1vrfyqavjmth23xzt3wumncvb4r204,moisi rrudha,2015-05-24T12:38:17.713000,super rihanna﻿,0
            LneaDw26bFu3Z1dDKWlNsmVswLAes4eWImEetoNbAKI,The NeedleWork,,▬▬▬▬▬▬▬▬▬▬ஜ۩۞۩ஜ▬▬▬▬▬▬▬▬ CHECK OUT MY CHANNEL ▬▬▬▬▬▬▬▬▬▬ஜ۩۞۩ஜ▬▬▬▬▬▬▬▬,1
            LneaDw26bFsgggeU_vbp6eynA9RVJ0qto2OMt6tcgjk,deazy99,,"I know that maybe no one will read this but PLEASE TYPE IN &quot;deazy99&quot; I&#39;m a rapper with a dream. I know you must see like millions of those on here everyday but please check out my music and subscribe if you&#39;d like thank you, i would love nothing more than to have a decent following on youtube from people if anyone reading this could give it a &quot;THUMBS UP&quot; because what some might see as just a simple button press could make my dream come true..thank you again for your time &amp; may god bless you",1
            z12bwhjbwl3twfayl04cjl0bfriocdkauk40k,Adan E,2015-05-24T10:33:48.659000,Rihanna is so beautiful and amazing ♥♥♥♥♥love her so much♥♥♥♥ forever RiRi fan ♥ ♥ ♥ ♥ ♥ ♥ ﻿,0
            z13wxrnxjxz3wj3tn22sv33o0xyev5jfa,Durgesh Rathod,2015-05-24T09:57:50.220000,fav.﻿,0
            LneaDw26bFsILb1-yJtTNbl7IIOeXIvJxxyU3o-EtR4,Yuliya Meow,,"HEY GUYS!!! ❤❤❤❤❤❤❤  BEFORE YOU IGNORE ME, PLEASE, GIVE ME A CHANCE!  My name is Yuliya, I make COVERS. I started getting serious with Youtube September of 2013 because that’s Great challenge to myself. MY DREAM was to become a singer. Youtube helps me keep up! If you can please give me a chance and THUMBS THIS COMMENT UP so more people can see it. I swear I&#39;ll appreciate it. SUBSCRIBE PLEASE!!!  ❤❤❤ LOVE YOU!!! ❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤ XOXO ❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤ ",1
            z12uxprwxwalxml0knzuxzxo5nyichlk1,Steph C,,Check out this video on YouTube:﻿,1
            z12sd1khsuqegzwrm04cinlxrpj3gfyydnk0k,BigBird Larry,2015-05-24T09:48:00.835000,Every single one of his songs brings me back to place I can never go back to and it hurts so bad inside﻿,0
            z12avpyabxyzgdpjm04cj5mhyt22jdcbzow0k,Ezequiel Escamilla,2015-05-24T09:45:22.706000,I love your songs eminem your the rap god﻿,0
            LneaDw26bFveIkl-BacAwMBXwQ4Sb4AH7IWbGVvmtB8,SnEakiESTG,,SnEakiESTG Good Music. Hood Muzik Subscribe 2 My Channel. Thanks For The Support. SnEakiESTG   SnEakiESTG Good Music. Hood Muzik Subscribe 2 My Channel. Thanks For The Support. SnEakiESTG,1
            z13sdfarvyi4trxew23owjhxfsv2zrmgw04,BigBird Larry,2015-05-24T09:44:44.694000,I cried this song bringing back some hard memories﻿,0
            LneaDw26bFvomSMK6PblKKPEb52U5F8DKmdq5vbIyNY,Æle Skittles,,subcribe to us an we will subscribe back,1
            z12vu5fysyb2vfbar04cex4q5ue2xb25epc0k,said abdesalam,2015-05-24T07:35:13.754000,song is bad﻿,0
            LneaDw26bFttCkyddOJEPH8MvdMEkuYK_CTH-fLEm8E,lisabelb,,CHECK OUT MY COVER OF LOVE THE WAY YOU LIE PLEASE!!,1
            LneaDw26bFsC5JIEICo3_lSrLloArwbectyGhPF4YeA,TheGenieBoy,,check out fantasy music    right here -------&gt; the1fantasy  good music man.,1
            LneaDw26bFtnSSLHdnzuBcuiWsrkKqOQgsyMmAcSnw4,Louis Bryant,,"You guys should check out this EXTRAORDINARY website called ZONEPA.COM . You can make money online and start working from home today as I am! I am making over $3,000+ per month at ZONEPA.COM ! Visit Zonepa.com and check it out! How does the war illustrate the exclusive space? The mountain refers the helpless death. The tax reviews the special music.",1
            LneaDw26bFu6m-EpCDatW1lzUgnvB4uHV9oZhaYe89A,Louis Bryant,,"You guys should check out this EXTRAORDINARY website called ZONEPA.COM . You can make money online and start working from home today as I am! I am making over $3,000+ per month at ZONEPA.COM ! Visit Zonepa.com and check it out! The loud authority improves the canvas. When does the mother repair the uppity learning? The substantial cook derives the harbor.",1
            LneaDw26bFtZQLtaItMp2bSQS4mrfYeKiGUTvOg1jrU,Louis Bryant,,"You guys should check out this EXTRAORDINARY website called ZONEPA.COM . You can make money online and start working from home today as I am! I am making over $3,000+ per month at ZONEPA.COM ! Visit Zonepa.com and check it out! How does the burst render the symptomatic bite? The knowledge briefs the narrow thought. How does the eager sky transmit the crush?",1
            LneaDw26bFvdj1Xw8Fetm_0WMQpBnvqzJ4yzcj0jXgA,Louis Bryant,,"You guys should check out this EXTRAORDINARY website called ZONEPA.COM . You can make money online and start working from home today as I am! I am making over $3,000+ per month at ZONEPA.COM ! Visit Zonepa.com and check it out! How does the mammoth waste achieve the shock? How does the limit reduce the delicate minute? How does the meaty scale adapt the oil?",1
            z120djlhizeksdulo23mj5z52vjmxlhrk04,Murlock Nightcrawler,2015-05-24T07:04:29.844000,Charlie from LOST?﻿,0
            z13xebq4mlyqdda4w04chlsyirr2i54pkjg,kawaii sincebirth,2015-05-24T06:32:57.969000,"What the hell this song is already five years old?? I remember when it first came out, this was my jam﻿",0
            LneaDw26bFu5T8bwbIy7eMn91qk-o2L3cJylp6BIwdQ,OriginalFreshB,,Check out my channel im 15 year old rapper!,1
            z12ufpawowzutdgvb22gsdiatyi4xf4xq04,Victoriaa Hemming,2015-05-24T06:20:53.534000,is that Megan fox﻿,0
            LneaDw26bFu-16wpkbRY_POG-WA_Hnc6J0bNJPD0g-k,Marko Vukoja,,wtf. subscribe my channel thanx ;),1
            LneaDw26bFv6tN6HSeH4Rgiis0rYR8mu_y8Mh8Ck93Y,MrCurr3ncY,,Hey check out my channel!!!! Please,1
            z12otb5xdp3bdhwxo04cg5ga3kqvi1erzfw,Aniyah Wells,2015-05-24T05:09:00.545000,So he&#39;s admitting he killed his girlfriend???﻿,0
            LneaDw26bFs2NLsTvDF3gXDLwcFi31Wf-kN6cQv8tOs,KeithLinscotts,,check out you tube keithlinscotts one word keithlinscotts you tube .com,1
            LneaDw26bFu764_yd9zHEi-XoTcdndpOwC39TdrGSRU,Themayerlife,,Check out my mummy chanel!,1
            z12bwpz4rlrjxzkuo22rfpbhfpz1xdluj,Ke Vin a.k.a. Righteous,2015-05-24T01:57:20.995000,i want to smack this year boy in to forever﻿,0
            z13pi3zgwsqlitvtb23nzjermmfivrvrl04,Shakeema Edwards,2015-05-24T01:27:05.997000,"Charlie, heroin will do that to you.﻿",0
            LneaDw26bFvJRNWu0ts5Srp6x9BJYYPEHyXnuEF760k,Alex Weight-Loss,,Fruits and vegetables give you longer lasting energy for weight loss.  Check out youtube.com/user/36loseweight.,1
            z13cehkhxmugujbdh23ehzcijlfhcr4h204,Karen Cervantes,2015-05-24T00:15:08.291000,Love Song﻿,0
            z12dc1xrjv3zgfpfl22pu5dh4va2upijn04,faith jones,2015-05-23T23:47:20.885000,Megan Fox is gorg in this!! Eminem is truly the rap god :)﻿,0
            LneaDw26bFtX5RMSmXwiWyM-cpLU5CtNk9C9QQiT9Lc,Vincent T.,,RIHANNA - POUR IT UP (VINCENT T. REMIX) RIHANNA - POUR IT UP (VINCENT T. REMIX) RIHANNA - POUR IT UP (VINCENT T. REMIX) RIHANNA - POUR IT UP (VINCENT T. REMIX) RIHANNA - POUR IT UP (VINCENT T. REMIX) RIHANNA - POUR IT UP (VINCENT T. REMIX) RIHANNA - POUR IT UP (VINCENT T. REMIX) RIHANNA - POUR IT UP (VINCENT T. REMIX) RIHANNA - POUR IT UP (VINCENT T. REMIX)  CLICK! SUBSCRIBE!,1
            z12wgbl4exjaf3xu223jej34rlabtjbkz,Rose Bruhns,,Check out this video on YouTube:﻿,1
            LneaDw26bFuWopul-gr37Vv-5semureg7PfAdqw3V5c,..xXCoolMultiXx..,,He gets more views but has less subscribers lol,1
            LneaDw26bFssNuHM19vJZwZIDvIkQHDPSkv7woLXuO0,ferhan kifle,,Go check out eminem survival.,1
            LneaDw26bFvdvI7rlQIcNpETWIMuWByXcsQPGKS7EVg,Chris King,,Hey! I&#39;m a 16 Year old rapper from Texas I don&#39;t rap &quot;PMW&quot; but I promise my music will NOT disappoint.. Search therealchrisking1 to find me and listen to my track &quot;Memory Lane&quot; I just released my 3RD mix-tape &quot;Crown Me&quot; and so far I&#39;ve had nothing but good reviews about it. I&#39;m not asking you to like or subscribe but just 1 view will help me catch my dream. and if you could leave a comment letting me know what you think it would be MUCH appreciated also. Thank you.,1
            LneaDw26bFsEJWfgAAquASY-phBHckFFppU0EKqD-yY,Elias Uchiha,,if eminem gets 1 penny per view he would have 600 million dollars,1
            LneaDw26bFtmqnbwore5s5LHQD3cpRwhBYdsz4yXRkM,INCRIVELawesome,,Check Out LEANDRUS - PLAYTIME It&#39;s awesoooome !!,1
            z12zcvjo2tbez1mfy23pvjwzckbbcdivp,Melody Peace,,Check out this video on YouTube:﻿,1
            LneaDw26bFu1Ru9jx_4ZrghWiGAVmVtFPtTTpL7ihGI,deazy99,,"I know that maybe no one will read this but PLEASE TYPE IN &quot;deazy99&quot; I&#39;m a rapper with a dream. I know you must see like millions of those on here everyday but please check out my music and subscribe if you&#39;d like thank you, i would love nothing more than to have a decent following on youtube from people if anyone reading this could give it a &quot;THUMBS UP&quot; because what some might see as just a simple button press could make my dream come true..thank you again for your time &amp; may god bless you",1
            LneaDw26bFsOYjjXTrDu7GwukppwT8U_8uWaxcdut44,Monica Lewis,,Dress like Rihanna at kpopcity.net - The largest discount fashion store in the world! Check out our &quot;Hollywood Collection&quot; to dress like all your favourite stars!   Dress like Rihanna at kpopcity.net - The largest discount fashion store in the world! Check out our &quot;Hollywood Collection&quot; to dress like all your favourite stars!,1
            LneaDw26bFuXMGzeve-9_Piipp0wpaS_5AJyXS2fqJw,Kate Mcdermit,,CHECK OUT THIS DOPE CHANNEL!    phenomenallyricshere CHECK OUT THIS DOPE CHANNEL!    phenomenallyricshere CHECK OUT THIS DOPE CHANNEL!    phenomenallyricshere CHECK OUT THIS DOPE CHANNEL!    phenomenallyricshere CHECK OUT THIS DOPE CHANNEL!    phenomenallyricshere CHECK OUT THIS DOPE CHANNEL!    phenomenallyricshere CHECK OUT THIS DOPE CHANNEL!    phenomenallyricshere CHECK OUT THIS DOPE CHANNEL!    phenomenallyricshere CHECK OUT THIS DOPE CHANNEL!    phenomenallyricshere,1
            z13hcfzbesmjhpuzp04ccvzilqvcyj0x3yo0k,Vivek Bhardwaj,2015-05-23T22:14:55.993000,amazing song﻿,0
            z12vcv5xuqq4gvpgu04ch5ah3vyqwzphryc0k,kissmehk,2015-05-23T19:37:52.240000,:)﻿,0
            z12mt1p4mljosxzto224jzypky2henlbn04,Sandeep Singh,2015-05-23T17:51:58.957000,Charlie from LOST﻿,0
            LneaDw26bFviVGu48zFp_sMMENzTpzWdbhRUvgtprCI,Dengesiz Adam,,SubScribe me pls EMİNEM FANS,1
            LneaDw26bFtleYKQHQZ7EJNapbBNzTiP3Yzy8i_2Dmc,Paiky MC,,dude check out psy,1
            z12tzpcjazigvrodo22dubixisqhfxtuo,twe enyss,2015-05-23T16:41:29.823000,"I love this-the talents of eminem and Skylar,works well together﻿",0
            LneaDw26bFsXWfdCYFbqrDwjflNnbdxcinzjRtW2rzw,FreshX,,Share this video.. This song can beat PSY - Gangnam Style!,1
            z12muxdydqnggz0gw04cgldbmvnlhzuxpu40k,AreWEFaumos Now,2015-05-23T14:24:32.712000,thumb up if you watching in 2015 and  you like it﻿,0
            LneaDw26bFtNnEGpg7pf921bsfI1m57qBsEWQKlItrk,KC Cassette,,Check out my remix to Tyga&#39;s - Molly ft. Whiz Khalifa Peace and love,1
            LneaDw26bFsVCGrj_dxDKFtnhKwpdiPRkVcanAW9w7E,markwardist,,Check out my channel please.,1
            LneaDw26bFuM4VU33XXogBzYQDxO-q19BsZLZRAklss,Ractive,,"i been working so hard for the past 60 days to improve i been writing/recording/mixing/performing 16 bars everyday im doing it for a whole year(365 days) today i&#39;m on day 60 today i work so hard now i&#39;m doing 2 verses everyday to improve i&#39;m going all the way to 365 PLEASE SUBSCRIBE to my channel  help me build a fan base ,watch me improve,help me get closer to my dream i&#39;m lyrical and i keep it real i won&#39;t leave you down i promise(: PLEASE SUBSCRIBE please like this  commment so people can see",1
            LneaDw26bFuFItWTKmffBRPA4v3HwunSq-ceF3kwQZ4,Juarez Ounfee,, I can&#39;t believe this I just now watched a brand new adult video clip with rihanna She has been screwing a black Basketball player  Check out her video right here if you wish:   crazy-celeb-news.eu.pn,1
            LneaDw26bFsHGo2NsZjHkppLdvkxCkgu3s2nWi99Oa8,MrJtill0317,,┏━━━┓┏┓╋┏┓┏━━━┓┏━━━┓┏┓╋╋┏┓  ┃┏━┓┃┃┃╋┃┃┃┏━┓┃┗┓┏┓┃┃┗┓┏┛┃  ┃┗━━┓┃┗━┛┃┃┃╋┃┃╋┃┃┃┃┗┓┗┛┏  ┗━━┓┃┃┏━┓┃┃┗━┛┃╋┃┃┃┃╋┗┓┏┛  ┃┗━┛┃┃┃╋┃┃┃┏━┓┃┏┛┗┛┃╋╋┃┃  ┗━━━┛┗┛╋┗┛┗┛╋┗┛┗━━━┛╋╋┗┛ CHECK MY VIDEOS AND SUBSCRIBE AND LIKE PLZZ,1
            z133sxsrnzbuwbe2o22iizkhvyicd5z0t,Sawa Jamal,2015-05-23T12:12:59.082000,Never gets old best song ever  ❤﻿,0
            z13idj4w4yy5g1mx104cd3rwetmew3kq554,Fantasy Mysteries,2015-05-23T12:12:16.470000,First they were fighting... Then they were making out...﻿,0
            LneaDw26bFupd-SDZSJybM-YnylZY3yw4Hx0dpG5Ars,deazy99,,"I know that maybe no one will read this but PLEASE TYPE IN &quot;deazy99&quot; I&#39;m a rapper with a dream. I know you must see like millions of those on here everyday but please check out my music and subscribe if you&#39;d like thank you, i would love nothing more than to have a decent following on youtube from people if anyone reading this could give it a &quot;THUMBS UP&quot; because what some might see as just a simple button press could make my dream come true..thank you again for your time &amp; may god bless you",1
            LneaDw26bFua7KQM3MpFFLNg9dDrNznsK0wQXgR61YQ,rukshan bieber,,Hey guys please just spent one minute for me:) im a singer from srilanka and im 18 year&#39;s old! SooO I LIKE TO BE GREAT SINGER will be a one day so i hope it would be happen in really my life. Just view my videos and rate it and let me know how is my voice please help us guys closer to living my dream:)! I really know you&#39;d helped me who read this comment he/she can just understand my feeling ! Thanks guys lv u really much more! SUBSCRIBE IT MY CHANNEL AND ONECE AGAIN THANK U !,1
            LneaDw26bFtUEhNudjpH0X1gcH2nF0v4w6dhXurctSU,Ashim Limbu,,YO GUYS IM 14 YEAR OLD RAPPER JUST STARTED RAPPING  SO PLEASE CHECK OUT MY SITE AND LEAVE FEEDBACK AND SUBSCRIBE  ALSO LIKE THIS COMMENT SO MORE CAN SEE AND MAKE MY CHANNEL BIG ASWELL,1
            z122j3v55kiwzpqpc04cdxc4elf3zjuir4o,Linda Dipilato,,Check out this video on YouTube:﻿,1
            LneaDw26bFuGts11KE-vf8DxNybKxvOCLkkkExJk2pk,Honest586,,*for 90&#39;s rap fans*  check out my Big Pun - &#39;Beware&#39; cover!  Likes n comments very much appreciated!,1
            z12ywjeyiwu3jdqvq22ptpzpowithfaz204,hazem bitar,2015-05-23T10:27:43.205000,I love this song up to the moon &gt;3 you are Rocks!﻿,0
            z12xu1bi1umyxxs2023ejhfpuumozd45n04,Ferhad Babayev,2015-05-23T08:55:42.007000,Hello. İ am from Azerbaijan<br />﻿,0
            LneaDw26bFvv8RbyHRBDnA-4Bb1lhF9UlpzJf_5FkWM,이 정훈,,"This great Warning will happen soon. ,0
            LneaDw26bFst76VHKJL8PxaEy6VMNlvmriUDTSFK6vY,Ali Paša,2013-09-26T22:28:17.047000,Croatia &lt;3,0
            LneaDw26bFvkAHxpKEnM25FYWkyXthsUpri6JuQsZnU,G Belrus,2013-09-26T22:26:12.832000,Nice one,0
            LneaDw26bFtvZQt6JUEhasIEFRJG1exI_dVqdnQVPho,exode. comeback.,2013-09-26T22:23:00.710000,600m views.,0
            LneaDw26bFunOarAg71AwGU6TJO6aZDKFIUn_TZ1_HY,Muhammad Shaeel Abbas,2013-09-26T22:15:45.476000,Fuck off!,0
            LneaDw26bFt-oToUFj0z3vffLFNaxyKwZSIVQhiMx-E,Notorious Niko,2013-09-26T22:00:43.613000,""Hey guys im a 17yr old rapper trying to get exposure... I live in belgium where NO ONE speaks english so i have to resort to this gay SPAM...  Check out my 2 latest tracks as they are probably my best.. Audio isnt the best but im gonna invest in some real equipment for my next track..  Please Thumbs this up so others can see.. or hey dont just check me out yourself and leave a response and a like :D  Thanks in advance, you guys will be part of making my dream come TRUE   -Notorious Niko ",1
            LneaDw26bFvpoWuT_30FVDq9XRmjOIn_01gQXnGANo4,Notorious Niko,,"Hey guys im a 17yr old rapper trying to get exposure... I live in belgium where NO ONE speaks english so i have to resort to this gay SPAM...  Check out my 2 latest tracks as they are probably my best.. Audio isnt the best but im gonna invest in some real equipment for my next track..  Please Thumbs this up so others can see.. or hey dont just check me out yourself and leave a response and a like :D  Thanks in advance, you guys will be part of making my dream come TRUE   -Notorious Niko ",1
            z13csrxzhwnis5zg404cdxpyrpbvtdcocz40k,Boksu Boc,2015-05-23T08:36:40.952000,EMINEM&lt;3 <br />the best rapper ever&lt;3﻿,0
            z13wtn0o5ueli5m4b04cdjnjqzb5xftz4hw,Chelsea Yun,2015-05-23T07:17:09.691000,i hate rap﻿,0
            LneaDw26bFtSk2czbMLQl8KluoXusyGfmZ0u3D3dXek,media.uploader,,Check out my channel to see Rihanna short mix by me :),1
            LneaDw26bFv2Ps-QqkMShtEbaXEAA7MO4d-ZFRdrrW0,Anthony Konstantinou,,Every weekend a new lyric video of Eminem here VIEW LIKE SUBSCRIBE,1
            z12ojrdgoryvz5k4n04cidzimov5inlppto0k,Laura Winner,2015-05-23T05:14:55.214000,This song/video is such a trigger but it&#39;s just so good...﻿,0
            LneaDw26bFvaBIGMY4DfxNzifyIUm7GOWp8Br9oySEk,DanteBTV,,Check Out The New Hot Video By Dante B Called Riled Up,1
            z13mh5zhdtrcst5xs04cddwzqtz5yhapzf0,LUKAZ G,2015-05-23T04:45:12.703000,Was that Meghan fox??﻿,0
            LneaDw26bFs9Rg2Ij9HjO7kLn-wwxZttoa9Dx9BEGzQ,armontre,,ayyy can u guys please check out my rap video im 16 n im juss tryna get some love please chrck it out an thank u,1
            LneaDw26bFtHPL0j2tW4vknwh8imHXGX4vzYDmr2nhc,Jay Stevens,,COME SUBSCRIBE TO MY CHANNEL! ;-)  PLEASE!!,1
            z13cztvzwlzawvszx04cfp3rdma0dlyonso0k,Maria Montana,2015-05-23T04:15:02.178000,"Awesome song!,congratulations!!!﻿",0
            LneaDw26bFuMmBaTaA7SRY7EwUqxN2vHR8tDEuQfjRQ,BloodspitsMusic,,"Come check out our music channel! go check out the song &quot;Love Me&quot; by J.E.M.INI! If you do you are a very amazing person, thank you to all who check it out, if you don&#39;t check it out you&#39;re still an amazing person just for reading this post",1
            LneaDw26bFvPh9xBHNw1btQoyP60ay_WWthtvXCx37s,janez novak,,share and like this page to win a hand signed Rihanna photo!!! fb -  Fans of Rihanna,1
            LneaDw26bFvPh9xBHNw1btQoyP60ay_WWthtvXCx37s,janez novak,,share and like this page to win a hand signed Rihanna photo!!! fb -  Fans of Rihanna,1
            LneaDw26bFuQPBnfEIFhEOee5UVNZ-dSDr4EIsxWocE,Adam B,,check out my page ADAM B BEATS 2013,1
            LneaDw26bFtoHCZ_b-m1MyTEpaNHWvF8VmCFhVRFMgU,HEADSHOT946,,Look and shares my video please :D,1
            z125w1ejhpqzinkmb23jej34rlabtjbkz,Rose Bruhns,,Check out this video on YouTube:﻿,1
            LneaDw26bFtJyeoa9E-59ntF4zGVkZb4OaitZmuvNyw,Noise​Break,,Like &amp; Subscribe /watch?v=5tu9gN1l310,1
            z12xyzfbixyuxf5wm04ccn2inoiyevdqwgo,PDV10,2015-05-23T02:32:21.664000,charlieee :DDDD (Those who saw Lost only will understand)﻿,0
            LneaDw26bFsltJodWnZAafXscqrATBuKDM8-8lA4TQE,miamiscraziest,,LADIES!!! -----&gt;&gt; If you have a broken heart or you just want to understand guys better you should check out this underground book called The Power of the Pussy on AMAZON. Best book ever for us girls! Oh...and just a warning it&#39;s for 18 and over...lol,1
            LneaDw26bFvSkELgnp-ZdS5ZiYbn_tFmogawXBUucN4,Ked Woodly,,COFFEE ! LOVERS ! PLEASE ! READ ! Check out a song I wrote and sing on You Tube called COFFEE LOVA.Type COFFEE LOVA like I spell it while your already on You Tube hit enter.Then look for video titled COFFEE LOVA hit enter and BLAST ! OFF !,1
            LneaDw26bFtxWo398a4IB63xJxVOTtPd1Xqz0vPfw9s,Ractive,,"hey guy if you can please SUBSCRIBE to my channel im a young dedicated rapper i post videos everyday to improve  i write/perform/record/mix/edit/post everyday  i do a verse everyday (16 bars)to improve i&#39;m doing it for 365 days a whole year to improve right now i&#39;m on day 46  if you guys can please like this comment so everyone can see it and follow me on my journey/watch me improve everyday SUBSCRIBE PLEASE I&#39;m lyrical and i keep it real  help me reach my dream,help me build a fan base,THANKS(:",1
            z12wyxvyuyiach5og04cclng3ujizpmbtg0,dmrc43,2015-05-23T02:13:21.735000,so many comments.﻿,0
            z12qv3vybobijlzot04cjvqwxrnvvlzrs50,Unitedstates America,2015-05-23T02:13:15.643000,"Getting too 1billion views, holy moly.!!!﻿",0
            z13rzhjaxxr3z1t4504ccvlp1uqnddvqoyg0k,Kate Love,2015-05-23T01:14:31.812000,Best song﻿,0
            LneaDw26bFvjY8Hcx4VMm_TW6lDgVntTQMvU8NjWnEU,FaZe MinEz,,SUBSCRIBE TO ME! I MAKE MUSIC!,1
            z12zz5eqkxqfzxcof04cjfow2lf5c53hbcc,Nader sheckler,2015-05-22T23:24:03.588000,#1 song in world even in 2015﻿,0
            z12agzlqdsjwthnkc23sfxaofvjoevvx204,Lily Barboza,2015-05-22T22:36:11.416000,Hi loving it﻿,0
            LneaDw26bFtE0-kLDaaiizhZVUyP1tE0FLTPo6TPFPY,Amir bassem,,subscribe me if u love eminem,1
            z12wddhwuqintd14y04cif5i5z3vxjfwd5s,Elsa Ekokobe Rønning,2015-05-22T22:19:43.707000,Lol thats the guy from animal planet and lost. And the girl is megan fox i think hahah ﻿,0
            z12scbmwdyaogtjcc223gjn4dpzmerkt3,Angie Schear,2015-05-22T16:01:46.636000,This song is true because it is insane because boys will do this to a girl and it is not true that people say that a guy will never do it to a girl but boys YOU LIERS NOW STOP TREATING US GIRLS THIS WAY YOU ALL SUCK!﻿,0
            z13gdxtwjrjoczd5h04cejcqqpedxxoyn34,Aleesha Hoover,2015-05-22T14:44:13.619000,Love the video ﻿,0
            z13affyr3pbbxv0ur235g3dptufrtb5zl04,Manikencheto Metodiev,2015-05-22T13:13:00.927000,Hello I&#39;m from Bulgaria﻿,0
            LneaDw26bFuH6iFsSrjlJLJIX3qD4R8-emuZ-aGUj0o,Amir bassem,,if u love rihanna subscribe me,1
            z12jutrbiwf4x3mn4224ht3bsn3bwrfqz04,Laighla Owens-Teague,2015-05-22T12:37:59.803000,Eminem rap can be easy for a boy but I can do that﻿,0
            LneaDw26bFuH6iFsSrjlJLJIX3qD4R8-emuZ-aGUj0o,Amir bassem,,if u love rihanna subscribe me,1
            LneaDw26bFspwHUoVH2c1_LONmdspcoJ2HoRzSx0cV8,Jason Viens,,CHECK OUT MY MUSIC VIDEO ON MY CHANEL!!!,1
            LneaDw26bFulIEwMLpMhW9hdZ7Zlfu8GwVEpN5x1LXc,killtheclockhd,,check out our bands page on youtube killtheclockhd - check out some of our original songs including &quot;your disguise&quot;,1
            LneaDw26bFsZ8_-MJ2YdPL4dt9_QKyP6RI_K_Gt7jIM,LaMusician,,could you guys please check out my channel for hiphop beats?,1
            z13wxtdpeznid12et23ogtd4zoyvzbnoz04,Sonny Carter,2015-05-22T11:46:35.988000,I love this song sooooooooooooooo much﻿,0
            LneaDw26bFuKSv_W4OOCnX-bIBR37W0G13MKHZrFVzI,Terry-Lee Mackenney,,everyone come and check out the new GTA 5 Gameplay right Here : /watch?v=6_H0m5sAYho,1
            z13ucdta5ub5djl1d235wndifoybg5lkt,Amie Rutledge,,Check out this video on YouTube:﻿,1
            LneaDw26bFtALaOnhQgvfdsxEfR5GGMiiqg8sneY-xg,Drake Gagne,,Hey guys I&#39;m 87 cypher im 11 years old and Rap is my life I recently made my second album desire ep . please take a moment to check out my album on YouTube thank you very much for reading every like comment and subscription counts,1
            z13ryrrbkny0czdvv23vizoopmmmgxtax04,Angie Medina,2015-05-22T10:58:24.072000,Eminem - Love the way you lie ♥ ♥ ♥﻿,0
            LneaDw26bFusJ2z8NldBy-Z5iwzOQ6CPi1ryYyOhzD4,Drake Gagne,,Hey guys ready for more 87 Cyphers back check out my video on YouTube. NEW ALBUM IS OUT CHECK IT OUT. MORE MUSIC TOMORROW THANKS FOR READING,1
            LneaDw26bFtI-0_UfYJ5VmhFKI63wbPsqzmdZkuvXd4,Andrew Guasch,,Hey if you guys wouldnt mind...could you check out my boys and my music...we just made a real lyrical song...search DNA Andrew Guasch...I appreciate it. Leave some real feedback and keep Hip-Hop alive,1
            z13kuhmwfyvkw5fii04chjfr4yfnvrcht5k,Intan  Nadia,2015-05-22T09:38:22.793000,Is that girl is Megan fox ﻿,0
            z12oczujeqz2xn2lq234ijdzurmdynx5m04,Quinn and Mia Channel MattyB101,2015-05-21T22:48:59.766000,So freaking sad...﻿,0
            LneaDw26bFuR9smjLJUhkDMS-5WcFp80WGZVHVi9Tsw,Butter Forbes,,Hello. I only made ONE Eminem song on my channel. Could you guys just put A LIKE on it please? Don&#39;t need to subscribe. Thanks.,1
            LneaDw26bFvgKZJfckgl7OJXXu6v0YtHfhlRTURbhdY,Ractive,,"hey guys if you guys can please SUBSCRIBE to my channel ,i&#39;m a young rapper really dedicated i post a video everyday ,i post a verse (16 bars)(part of a song)everyday to improve i&#39;m doing this for 365 days ,right now i&#39;m on day 41  i&#39;m doing it for a whole year without missing one day if you guys can please SUBSCRIBE and follow me on my journey to my dream watch me improve, it really means a lot to me  thank you (:, i won&#39;t let you down i promise(: i&#39;m lyrical i keep it real!",1
            LneaDw26bFu8sZa1D5wQdex0wG1IYwFiZL4s3M0h2X8,M.E.S,,hey its M.E.S here I&#39;m a young up and coming rapper and i wanna get my music heard i know spam wont get me fame. but at the moment i got no way of getting a little attention so please do me a favour and check out my channel and drop a sub if you enjoy yourself. im just getting started so i really appreciate those who take time to leave constructive criticism i already got 200 subscribers and 4000 views on my first vid ive been told i have potential,1
            z12rhdkrvvy3hd42c23whdeavkjdxnimg,viviane trinh,2015-05-21T22:35:35.753000,i like the lyrics but not to music video﻿,0
            LneaDw26bFs3BLHRkaxpe2sWBWSCyXU7mlRbxEYSvQg,Greg Fils Aimé,,"I hope everyone is in good spirits I&#39;m a hard working student who&#39;s also a passionate singer I look foward to the day when I can make my own music to share But for now I&#39;ve just been doing covers. Check out my channel, I&#39;ve done Covers of Miley Cyrus, Imagine Dragons, Lana Del Rey, Drake, Macklemore, Pink and countless others.  Subscribe only if you want to. My goal isn&#39;t to become famous but to  inspire FYI this isn&#39;t spamming, everyone has a right to freedom of speech. Thanks ",1
            LneaDw26bFsI21zTVPXTHR0k0-oXBY--24NIE1lGPuk,rap classics,,check out my channel for rap and hip hop music,1
            z13zdpqz0qflhrha104cdxir0pbct3v4iys0k,France Silva,2015-05-21T21:54:55.768000,BR﻿,0
            LneaDw26bFs2opcXPZ0Hnufen7TS94xBoLm5NO5l30U,Adam B,,adam b beats check out my page,1
            z13qczlqnoqajv4rd04ci5arplmksbi5yq00k,Andrew Willigar,,"<a rel=""nofollow"" class=""ot-hashtag"" href=""https://plus.google.com/s/%23Awesome"">#Awesome</a> <a rel=""nofollow"" class=""ot-hashtag"" href=""https://plus.google.com/s/%23Share"">#Share</a> <a rel=""nofollow"" class=""ot-hashtag"" href=""https://plus.google.com/s/%23RT"">#RT</a> Eminem - Love The Way You Lie ft. Rihanna <a href=""http://ow.ly/2zME8f"">http://ow.ly/2zME8f</a>﻿",1
            LneaDw26bFsnJbhjejnJC_J6d5sHIH1B9UYVbAUc9KM,M.E.S,,im M.E.S an aspiring young rapper with high hopes.  i know you will not click this link and check out my channel. you just dont want to.  well its your choice. in fact you know what DONT CLICK,1
            z130zx3rrzagwzclr23vxjypimviff23m,Huda Salah,2015-05-21T21:34:27.615000,Looooved ﻿,0
            z12pvhp42ouayd1xx04cgl4a4wu3sxmqnlw0k,SBG | Zombies,2015-05-21T20:37:21.421000,We need to get this to 1 Billion Views!!﻿,0
            LneaDw26bFtY8pq4RbqsCPRkV04NOObMB3THlsTf9og,superfacoo,,"Hey? Everyone Please take a moment to read this. I work my ass off hoping to make it into the music industry but its hard to? get people to hear you when you don’t have money for advertisements and exposure I am a Young Artist who has dreams and goals like everybody else Please take 30 seconds and visit my channel You don’t have to like? me, just give me a chance to prove my talent Also, please take just 1 second of your life and Thumb this comment up it would be Super Helpful.",1
            z13twpph2vq5zv15k04cixdrfubnxh3oqz40k,Seth Ryan,2015-05-21T20:04:42.844000,Amazing﻿,0
            z13zc5rw3l3vw1fey23rehuylwzfcx5rt04,Seth Ryan,2015-05-21T20:04:36.016000,Almost a billion﻿,0
            z12ittrwwxexxzwve23rehuylwzfcx5rt04,Seth Ryan,2015-05-21T20:04:26.473000,Great song﻿,0
            LneaDw26bFuhuiZ8uX6C-qYLIsOFj9BIWtKWtCz870c,Lizzy Molly,,PLEASE CHECK OUT MY VIDEO CALLED &quot;WE LOVE MIND MASTER IT&quot; THANKS,1
            LneaDw26bFvhyHSmfm28L9EGvDJ-bou6Ze3cVbgCtgU,marion guy,,Okay trust me I&#39;m doing a favor. You NEED to check out this guy named Columbus Nelson on YouTube.,1
            LneaDw26bFsdjmaguMUCSqsUShQZWX4FLU2c58BV1mM,diabeat diaBEAT,,I agree they are just damn spammers. They suck. Im trying to do the same and get known. I know the feeling. I will help you out and leave likes and comments on your page. I hope you could do the same and maybe subscribe to me that would be awesome thanks,1
            LneaDw26bFvA7_ot-Z3kQHP4GTE3g_Zc2fsfdZ4COpI,Adam B,,adam b beats check out my page 2013,1
            LneaDw26bFtdk45hGIs0TDD3NHx1srFG99yWWbEIXG0,Domen Kristan,,CHECK OUT THESE LYRICS /watch?v=yUTTX04oyqQ,1
            z132g5pqsr3wi3x5s04cerbyxuipctqg0hk,scott boshaw,2015-05-21T19:57:17.180000,"I don&#39;t understand this song, I have had the passion for women feel like im losing my mind but i don&#39;t understand the ideas of loving the the way someone lies.....﻿",0
            LneaDw26bFsPpgYyHcGAJk2dyALknpZ1ITQKBmY32HI,Chelsea Cameron,,*****PLEASE READ*****  Hey everyone! I&#39;m a 19 year old student  who loves to sing.  I record and upload covers on my channel. I would love if you could check them out.  Just give me a chance. You don&#39;t have to thumbs up or subscribe (But you can if you like what your hear)  Just listen. I&#39;d really appreciate.  ~THANK YOU for your time. ~,1
            z13zudmjvnayvjjfq232xdtghk33thhtk,Juan Aimar,2015-05-21T18:52:17.472000,Anybody else here in 2015?﻿,0
            LneaDw26bFuiTZZU8HrWJPqWfqnrKTtUXy7-rTnPwfU,Lil M,,"Hi I&#39;m lil m !!! Check out love the way you lie!!!! My live performance and many others,,, videos and my own lyrics!!!!! Thanks",1
            LneaDw26bFuKZRaKv1u8jqanxsDr6RJraSjf2FfE1_Q,AdmiralMusclebeard,,I&#39;m subscribing to you just because your comment was that great.,1
            z134i3ya3xn2cthzj04cef445l21ylwxzmc0k,Smitty Werben Jaggerman Jensen,2015-05-21T18:44:38.982000,I like the Mmph version better﻿,0
            LneaDw26bFuULuFdET2q7Xmn9oRQXq3oLyk8736meZ0,Kate Hermamn,,Terrance. .thank you for serving our country. How do i &quot;like you&quot; or &quot;subscribe&quot;?,1
            z13hijmrykjqerofg22ktxgzuw3yhrbgl04,Gergő “Vlog14” Csatornája,2015-05-21T18:34:39.389000,Thumbs up if you listen this in 2015.﻿,0
            LneaDw26bFvuJSk9kaYj6_W0OBzf4mgoIFuYUzJMheY,Brandon Thaler,,Hey everyone check out my channel leave a like and subscribe please and if there is a song you want me to do post the name in the comments and I will get on to it(: Thanks,1
            LneaDw26bFtRu4tHavOZ4hr-PDVn2oz-9B1QtAfp6pc,david rodriguez,,do you want to make some easy money? check out my page tvcmcadavid.weebly . com dont miss out on this opportunity,1
            LneaDw26bFu8afPj-GzbZYFHKXzdkhupARKxWs82nbQ,Dominic Randall,,Hi everyone. We are a duo and we are starting to record freestyles and put them on youtube. If any of you could check it out and like/comment it would mean so much to us because we love doing this. We may not have the best recording equipment but if you listen to our lyrics and rhymes I think you&#39;ll like it. If you do then please subscribe and share because we love making these videos and we want you to like them as much as possible so feel free to comment and give us pointers! Thank you!,1
            LneaDw26bFuaZPTjLG-5OtrrXQgL6TPsWkeKzNnMJ0c,Unbeweavable Co,,For all you ladies out there......  Check out this link!  You&#39;ll find the hottest hairstyles and the latest trends for women!  Go to this site and you&#39;ll upgrade your hairstyles and fashion senses to a higher level!  Don&#39;t get left behind!     ---&gt;   goo.gl\BxrOSR,1
            z13eenia5rqwhvmyw04cgt441wapvbkakzo0k,faisal joy,2015-05-21T18:24:19.018000,Hi I am from bangladesh 💜﻿,0
            z13isrygru30wbjmy23refqxdzizyp3xy04,Ala Fatah,2015-05-21T18:00:06.674000,Is that Megan Fox?﻿,0
            z12yupsicr33xvw5p04cglpwizi2tboyzgc,T MAN,2015-05-21T17:41:48.433000,Fire..﻿,0
            LneaDw26bFtpMGuaegzvwo3PCtnpRUXnTXAHz_DzpKA,GhostPoet100,,EMINEM FANS!!!  - Check Out The New Song &quot;FEELIN&#39; GOOD&quot; By J-D-P  Just Click The &quot;GHOSTPOET100&quot; Link Above This Post  Thank You All...,1
            LneaDw26bFtLCuPUezUBnuN6f0sN3V3nso0Yllu9mKU,Terry-Lee Mackenney,,Hi Guys im an Upcoming Rapper if you could check out my channel and tell me what you think maybe subscribe or like i would really appreciate it all HATERS are welcome to :) thanks,1
            LneaDw26bFvq7Rq_343ImPD-uDHf2clFCLMRkYqXPX4,Tiffanythebest,,"CHECK OUT THIS NEW VIDEO I MADE CALLED &quot;WE LOVE MIND MASTER IT&quot;, THANK U SO MUCH ",1
            z13gdjzydor2enadz23ezhxpyxilvrtak04,Gail Weir,2015-05-21T16:53:59.328000,I love the way you lie﻿,0
            LneaDw26bFvk4DAhUcCJKLzujguS_mf4eS_LdZjARzE,M.E.S,,hey its M.E.S here I&#39;m a young up and coming rapper and i wanna get my music heard i know spam wont get me fame. but at the moment i got no way of getting a little attention so please do me a favour and check out my channel and drop a sub if you enjoy yourself. im just getting started so i really appreciate those who take time to leave constructive criticism i already got 200 subscribers and 4000 views on my first vid ive been told i have potential,1
            z12uxxzoxvexs1mdr23yvddbpl33gr4mf,Chris Bieber,2015-05-21T15:55:45.911000,Love the way you lie II is nicer in my opinion. :D﻿,0
            z12kylpz1wzwgt0pd04cjptp4wjxjdeotnk0k,Levi Cole,2015-05-21T15:03:22.787000,Almost to a billion :)﻿,0
            z12uefkbwv2md3dbz04cg3yoqp2ngfgibqg0k,Ashley Jsade,2015-05-21T14:36:34.512000,If you are a person that loves real music you should listen to &quot;Cruz Supat&quot;<br />He is awesome as fuck!!! Just as eminem used to be.﻿,0
            LneaDw26bFvxJlVsbYMPkvV3LnT9JOJjEg5OsTN9pMo,Josh Dummett,,Also check out D.j.j where do i go now and road to recovery,1
            z121z5mziy20ybch504cdziq1rvcev5apg4,Furashious,2015-05-21T12:41:55.505000,Charlie got off the island and dated Megan Fox? b-but what about claire?﻿,0
            LneaDw26bFtl5IRz0aJhyk-Id8DQ1p28SKectuNzbmE,Davide Puzzanghera,,Hi guys ! !  Check Out My Remixes ! !  Thanx You&#39;re Great ! ! SWAG ! !,1
            LneaDw26bFuk1aaBCiVITRxuEwAmzBtVcQi3QZSFkYY,AvidorFilms,,"Please check out my youtube channel! Just uploaded my first youtube video please check it out, you will not regret it!",1
            z12qy53q0kfzxby4304cflvpxnr1gxjrlrg0k,nepart maxx,2015-05-21T11:46:27.413000,Eminem best rapper all the time﻿,0
            z12rdtlarmrzxhuba04cibjomsiqi3ij00g,Paul Buxton,2015-05-21T11:12:22.066000,Omg! This guy sounds like an american professor green﻿,0
            z123wdtwhmnngjhat04cgtu5oyibstyopnw0k,vZoqwa,2015-05-21T09:48:06.926000,thumbs up if you think this should have 1 billion views﻿,0
            z13eznubuwixt3aae04cgb150t2nup2ba3o,Vence Cerbo,2015-05-21T09:19:36.091000,Lemme Top Comments Please!!﻿,0
            z12kf5dyltrijhepb04ccltibzijd5wa1mc0k,liu hui (dukegod),2015-05-21T05:12:43.987000,i love this song﻿,0
            z13ihhrakmndxblzo04chpp53nn2xbja1fc,Emma Halbrook,2015-05-21T04:46:05.790000,My favorite song 💗💗💗💗﻿,0
            LneaDw26bFuYnpb0cG3d_koRWn2FHQ6OFrPiqjFHeEs,Beats ProdByATHS,,tryna work with some rappers check out the ones i already have on my channel,1
            LneaDw26bFt75QYI94b9j7RqQCUgwrDwiHbnb1uwpxo,RaMpAgE420,,Check out Berzerk video on my channel ! :D,1
            z13ehf4g5z2rivxhm04cfjdyhl2kwljzsjs,Andrés Nuñez,2015-05-21T02:11:54.710000,super﻿,0
            LneaDw26bFuisc-qZu0BerSXLLjgKlxUD59lcMA8W_E,Stricker Stric,,eminem new song check out my videos,1
            z12jt1dbdpbvzzyi304cdxr4cwqkgrild,Susan Ambs,,Check out this video on YouTube:﻿,1
            LneaDw26bFsNko3TEEPMTxWPlFophSSKkSqvjRsENU8,arrgh garry,,"My friends wife earns 4000DOLLARS a month ,you can do it do if you want to be a wwhore ,you can not get these type of wages for working from home on a PC taking surveys ...dont believe that shit,just because yahoo and other are taking their money does not mean they are LEGIT ..Please like this so the MSG gets thru to vulnerable  people Like eminem used to be ",1
            LneaDw26bFuUhekP0nDAiaqnW5sf4OD14dIjY-1o63c,RapStarz Coleman,,Subscribe To Mê Please Guys,1
            LneaDw26bFvRgBzOd9MQ1jh0Cmt8vuPTQvOZboi-s24,Nicholas Reed,,"this is the 4th most watched video on youtube. and hes the 21 most subscribed channel on youtube, just recentley surpassing justing bieber and is less then 1,00 subs away from beating taylor swift",1
            LneaDw26bFsMrQMk1vC-RxTxjmpFlt5sKz8Vo1_wIas,M.E.S,,hey its M.E.S here I&#39;m a young up and coming rapper and i wanna get my music heard i know spam wont get me fame. but at the moment i got no way of getting a little attention so please do me a favour and check out my channel and drop a sub if you enjoy yourself. im just getting started so i really appreciate those who take time to leave constructive criticism i already got 200 subscribers and 4000 views on my first vid ive been told i have potential,1
            z12gdzyrqwvtvxfek230jnvp1zf4hjl3w,Carolina Sanchez Cifuentes,2015-05-21T01:06:57.289000,Love you﻿,0
            LneaDw26bFtHv3jHn8C0y5MliNA2oqkPogUL4HmsZPQ,Lil M,,Lil m !!!!! Check hi out!!!!! Does live the way you lie and many more ! Check it out!!! And subscribe,1
            LneaDw26bFt-gGO-C3czQDS4cqE7xJfKoKqWmMIlSWc,HOTFUZZOFFICIAL,,"Hello to everyone! Please check out my video: /watch?v=2b4WyWpHi8c It takes just 2 minutes, hope I don&#39;t ask too much. If you can&#39;t help me just Like &amp; Share the video please, so more people will see it. Thumbs UP, it would mean so much to me, maybe will make my dream come true. Thanks to everyone, GOD BLESS YOU ALL!",1
            LneaDw26bFuFgDF5yE6Udiuv2lqie4iaimFPdN7rvYk,Nikola Vejionvic,,/watch?v=aImbWbfQbzg watch and subscrible,1
            z12qg5voponpgxwot04ci3txdw24ejr431g,Jp Galeanoo,2015-05-21T01:05:43.761000,I  love you Eminem﻿,0
            z13pup2w2k3rz1lxl04cf1a5qzavgvv51vg0k,geraldine lopez,2015-05-20T23:44:25.920000,love the you lie the good﻿,0
            z121hftrpqicztwq404cjvvzknqoupxxsxw0k,Daniel Tabatabai,2015-05-20T22:58:46.199000,still listening in 2015﻿,0
            LneaDw26bFuADByLeh7RnEltROTIUCqeYYXmt51DT2g,M.E.S,,hey its M.E.S here I&#39;m a young up and coming rapper and i wanna get my music heard i know spam wont get me fame. but at the moment i got no way of getting a little attention so please do me a favour and check out my channel and drop a sub if you enjoy yourself. im just getting started so i really appreciate those who take time to leave constructive criticism i already got 200 subscribers and 4000 views on my first vid ive been told i have potential,1
            z12jy5544qedxbgfq235ufyqbxqkzxbjl04,Brian Fletcher,2015-05-20T22:52:14.890000,Eminem rocks!﻿,0
            LneaDw26bFsw47hS3RAHCBj_uNPFQNZVbUVyx5Rh9zk,KOZZI RAP,,CHECK OUT MY YOUTUBE VIDEOS FOR FUNNY AND COOL RAP,1
            z13mxl3zavzfc55as04ccf4ifo2textrofs,Honesty Wright,2015-05-20T19:58:06.997000,hay my is honesty wright i am 12year old  i love your song thank you for makeing this song i love this song so much sometime harts can get breaken  people kill  they self or go cazzy i  love you so much thanks 😱👏keep on go  make  sure you doing your   dream is comeing rule  good luck﻿,0
            z12midepsoiuxzmh304cjt0ihn3js1k4f1c,Marcellus Scates-nash,2015-05-20T19:58:01.440000,awesome﻿,0
            z12pwjsybq35ux1kd22cddmjpunribtzf04,Ikram Riani,2015-05-20T18:53:35.943000,I lovet﻿,0
            LneaDw26bFv9y-1cf9oawnpCocMFtK6HXTRuoffJR2k,Complete Pranks,, Subscribe and like my video please,1
            LneaDw26bFs2GO5DvyLUXUhG7rNJ-Gb4pMhtnYgCRmY,ryan cooper,,subscribed :) btw you have a good style keep it up brother :)),1
            LneaDw26bFvwhMGEs3mKR9qcJjIwC7L04F9DEGkLQfY,Drake Gagne,,I KNOW YOU MAY NOT WANT TO READ THIS BUT please do  I&#39;m 87 Cypher an 11 year old rapper I have skill people said .my stuff isn&#39;t as good as my new stuff but its good please check out my current songs comment and like thank you for reading rap is my life,1
            z12lxrwx2vmxwv4m422dz30wmzbjfji4r04,Joao Victor Canassa,2015-05-20T17:41:30.002000,Charlie from Lost!﻿,0
            z12mwbgxhxvjez3xb04cg1wxrvnytzrq5kk0k,Mortal 2,2015-05-20T16:32:56.261000,Eminem THE BEST !﻿,0
            LneaDw26bFtxoMQMT4RjErJZWpjMtHBcA7QsnHKvXRI,jacobvine2000 .,,"Usually guys I would vote people like this down but actually check out his channel, it reminds me of a smaller version of 8 mile. Give this guy a chance since everyone has to start somewhere!",1
            z13mchmibkr2irldm235xnn5umjruplia04,Vevo Ny,2015-05-20T15:34:47.099000,❤️❤️❤️﻿,0
            LneaDw26bFt3FLe7NEx2Gc7jToE3LwT1LrpIpyY48E8,KOZZI RAP,,hello friends. i am a young 15 year old rapper trying to make something out of nothing..Please can you take a second of your life and check out my videos and help me reach my Dreams! GoD Bless YOU,1
            z12ahr2ittmsjrtpd04ccrqiklvvu3uqiew,Giovanni Satta,2015-05-20T09:10:44.658000,beautiful song!﻿,0
            LneaDw26bFsYJ3OzV2q22gR6I5MvSlIF8ve1WpZHnqg,KOZZI RAP,,CHECK OUT MY CHANNEL BOYS AND GIRLS ;),1
            LneaDw26bFtlox7jDN60_ys-XolAIlgwwc5y6aEKR68,M.E.S,,hey guys i know its annoying getting spammed sorry bout that but please take a moment to check out my channel  IM A RAPPER with DECENT skills. i want to share my music with more people so take a listen   THUMBS UP SO MORE CAN SEE THIS,1
            z12gzbzzzkvwtj5zr04cjf4q0yeztldz4ic,Hazeandrymojilip Hazeandrymojilip,2015-05-20T03:47:31.476000,best rap ever﻿,0
            z13gcjvh2naxyvshh04cjldgtpnyfrdylq40k,Aubone LeMieux ,2015-05-20T03:15:39.925000,I lover this song,0
            LneaDw26bFuDsbyypF_jwmq7b6BqQPB7BdLbhfqBU5c,M.E.S,,hey guys i know you wanna skip over this but please take a chance and check out my music I&#39;m a young up and coming rapper with a big dream and i appreciate constructive critisism. so please have a look thank you for your time,1
            z12njnpwmuyxzrslm22ly1awll2dufkvi,Isabel Flores,2015-05-20T00:49:34.070000,Love your songs<br />Supper cool<br />﻿,0
            z13osfmj5m2kj1cb504cjrdbyvzijtu4gtk0k,Harl Bever,2015-05-19T23:23:30.286000,I like the music...but is anyone listening to the lyrics?﻿,0
            LneaDw26bFs2eQd05L_J9wVmiBlCClqLnM0JUQsB-3Q,YungDreams,,Maybe no one will probably read this. But just in case you do Can You Put A &quot;Thumbs Up &quot;So Others Can See. I Just started rapping seriously (Type in Lunden- 1990 Video) just a simple button? can help my dreams come true. people will ignore this but if you don&#39;t can you listen and subscribe Thank you all God Bless.,1
            z12acz2r2qiwxtpwy04cihii5rmwefpzeao,InfernoGaming,2015-05-19T23:19:47.316000,:D﻿,0
            LneaDw26bFtvkPwGL4MxnAUFaIznH1ZWx7z_qBOoe5Q,Trey Curling,,Check out my channel for some lyricism.....,1
            z13tjzdqhsmvvh2kr22isbsg1nmydd51v,Earline Craver,2015-05-19T22:35:44.690000,Me and my big sister like you﻿,0
            z12hc5yiuwr2sxml3230sxo4tofwftg1b,TheFegi12,2015-05-19T22:30:57.239000,Not bad﻿,0
            z132ebdhkwbauzogm04cfzm5oqigzzlxznc0k,cristina virrueta,2015-05-19T21:51:44.586000,I love eminem  &lt;3﻿,0
            z12aczswnozdwrfnj22usfnxymiaylupi04,nataly gonzález,2015-05-19T21:49:18.833000,She looks like Megan Fox 😂 xD!!﻿,0
            LneaDw26bFs4Mo3Kr9O93YAlCksPNemAPve_W-ivuMc,RapStarz Coleman,,Hey Go To My Channel Check Out My Dongs Thanks YouTuber&#39;s,1
            z12xc1aydoauenbgx04cgfkazxrpur2i52o,Nicky G,2015-05-19T20:56:00.184000,is that megan fox?﻿,0
            z125dnzbqpyqxlghe04cdxsgaxnovjvbxq00k,Uday Kanwar,2015-05-19T19:30:58.135000,You can not hate eminem and nirvana...trust me﻿,0
            z12gcfvpsr3au3vg104cdpw5rvbivre5aeg,Jorge Salazar,2015-05-19T18:13:35.054000,Like eminen﻿,0
            LneaDw26bFsZrH_q8nAlrNCOT1Zadc4j8zPu-ZPpwIE,Stacy,,check out my playlist,1
            LneaDw26bFv1lZ_yx4_HlVx6xNa0xuiUmgoIsxkWJ3E,seven4justice,,Media is Evil! Please see and share: W W W. THE FARRELL REPORT. NET  Top Ex UK Police Intelligence Analyst turned Whistleblower Tony Farrell exposes a horrific monstrous cover-up perpetrated by criminals operating crimes from inside Mainstream Entertainment and Media Law firms. Beware protect your children!! These devils brutally target innocent people. These are the real criminals linked to London&#39;s 7/7 attacks 2005.  MUST SEE AND MAKE VIRAL!!! Also see UK Column video on 31st January 2013.,1
            LneaDw26bFsnP4vz8waC3hOcYwvM83aoMLyetymm5Io,McCostaOficial,,subscribe to my channel who can,1
            z13gxxlhyrmccf10422gdrogiwbjtfwjb04,Ahmed Medhat,2015-05-19T15:23:47.680000,Simply rap god﻿,0
            z13auv44szqpddlcz22qgthjakq4jvnbw04,clirim99,2015-05-19T12:13:44.952000,is that megan fox x:D?﻿,0
            z13gut3rexalj5q5c04ciln54nynvjwyinw0k,Sonny Carter,2015-05-19T11:11:27.740000,I love this song﻿,0
            LneaDw26bFtn6YS8GRfHBxoaZZI5newNd0njNOSeF84,canku alkan,,check out my new EM cover video trailer,1
            z12eilv44ynefj2ys04cj5vhynakxbnwrdk,BAT MAN,2015-05-19T10:33:12.247000,Really good song .<br />you know love song song.﻿,0
            z12vx3kz4lq3cnsiu04cejd5bne1gxnjbqo0k,Str8 Royalty,2015-05-19T09:46:37.599000,Eminem is the greatest artist to ever touch the mic.﻿,0
            z12lhvxwjyzperfrk04cg13yoyjefnv5hy40k,BEER BEER,2015-05-19T09:42:56.560000,i love Rihanna 😍😍😍😍[♧from Thailand♧]﻿,0
            z13zjp3povzzsp3xi04cgvtgwpfiy1faigo,dimitar traykov,2015-05-19T09:35:31.114000,some classsic :))))﻿,0
            LneaDw26bFvEGhYWZTzIRiff9BXME_JsdLXh4hiJEqo,Daniel Ebrey,,sorry for the spam yall I know it’s annoying. But if you can spare a min please check out the new track on my channel i&#39;m a upcoming uk rapper.please come check out my songs u might like em. If not no worries I’m sorry for wastin your time. Even thumbs up to get more noticed will really help. peace yall,1
            z13vxnwwdxjqtlp5v04chjpw1waps5rrbqo0k,Punk 0utlaw,2015-05-19T06:14:30.089000,"This song is like an oreo, the black part is good but the white part is better﻿",0
            z13zejcafsrodf5f522xgn0xzonselufv,Daniel Harding,2015-05-07T22:59:13.323000,That guy charley of lost TV show﻿,0
            LneaDw26bFvJWycbUHAiKy7i7L14RqXWenvvcJhwbQE,David Bottenberg,,subscribe to my channel  /watch?v=NxK32i0HkDs,1
            LneaDw26bFsFwQBcbaeKWWcSsBB7EA1zRf2nBgT9NyY,Ashim Limbu,, HI IM 14 YEAR RAPPER SUPPORT ME GUY AND CHECK OUT MY CHANNEL AND CHECK OUT MY SONG YOU MIGHT LIKE IT ALSO FOLLOW ME IN TWITTER @McAshim for follow back.,1
            z13zfhkhfzrpjhgku22ewbtj4quri3izo04,Amaral Shady 013,2015-05-07T22:43:51.220000,Hello Brazil 😻✌💓😻👏﻿,0
            z12msjqximryxdfz104cjhbhtw2ld5ipsh4,SIR JOHN,2015-05-07T02:28:12.704000,EMINEM the best EVER.﻿,0
            LneaDw26bFvn1m3oQLlCgsaxLcEy_eMQzcK9NAbyaew,M.E.S,,hey guys look im aware im spamming and it pisses people off but please take a moment to check out my music.  im a young rapper and i love to do it and i just wanna share my music with more people  just click my picture and then see if you like my stuff,1
            LneaDw26bFv4NFg1m91sL1Aq1p-2N06VweQT4vOwTqc,Ando Nesia - | MC | Music Producer,,DO YOU KNOW HOW SEAN KINGSTON GOT FAMOUS WHY DON&#39;T YOU LOOK IT UP KID BEFORE YOUR SO HARD ON YOURSELF!!  IF YOU HIT ME UP WITH A MESSAGE IN MY INBOX AND SUBSCRIBE I WILL CHECK OUT YOUR CHANNEL....SOUNDS FAIR TO ME.,1
            z12wvru4rzf5jx0wj04cgx5q1qi1w554ba0,Erin Williams,2015-05-06T17:19:21.193000,Best. Song. EVER 🙌﻿,0
            LneaDw26bFsVQRSG0ecctIfRIn4Od1tJqvnhDwCNqbI,the34104,,check out eminem latest track survival if u didnt,1
            LneaDw26bFu3RCmyrWyP9S6wh1h9dBv3X95g1HzKAb4,Dany PK,,SUBSCRIBE TO MY CHANNEL X PLEASE!. SPARE,1
            LneaDw26bFsD65dtIvAEObWYIYnFTqQDKBek_Ypz3J8,SmexyFriedChicken,,Check out my videos guy! :) Hope you guys had a good laugh :D,1
            LneaDw26bFuvs-8oWkLpAFa6g3QHpWD8k7sbbMP3Bg8,The Guy That's Done Everything,,3 yrs ago I had a health scare but thankfully I’m okay. I realized I wasn’t living life to the fullest.  Now I’m on a mission to do EVERYTHING I’ve always wanted to do. If you found out you were going to die tomorrow would you be happy with what you’ve accomplished or would you regret not doing certain things? Sorry for spamming I’m just trying to motivate people to do the things they’ve always wanted to. If you’re bored come see what I’ve done so far! Almost 1000 subscribers and I just started!,1
            z12hfp2wmyuqztkw504cgblyxtbsxjuzeow0k,Jesse Pinkman,2015-05-06T11:42:44.601000,Rihanna looks so beautiful with red hair ;)﻿,0
            z13tsbc5vvn0hdozz04chjt51lq1cvris0k,Gaming Gaming,2015-05-06T10:56:35.972000,857.482.940 views AWESOME !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!﻿,0
            """#
        ),
        (
            "Youtube05-Shakira.csv",
            #"""
            COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS
            z13lgffb5w3ddx1ul22qy1wxspy5cpkz504,dharma pal,2015-05-29T02:30:18.971000,Nice song﻿,0
            z123dbgb0mqjfxbtz22ucjc5jvzcv3ykj,Tiza Arellano,2015-05-29T00:14:48.748000,I love song ﻿,0
            z12quxxp2vutflkxv04cihggzt2azl34pms0k,Prìñçeśś Âliś Łøvê Dømíñø Mâđiś™ ﻿,2015-05-28T21:00:08.607000,I love song ﻿,0
            z12icv3ysqvlwth2c23eddlykyqut5z1h,Eric Gonzalez,2015-05-28T20:47:12.193000,"860,000,000 lets make it first female to reach one billion!! Share it and replay it! ﻿",0
            z133stly3kete3tly22petvwdpmghrlli,Analena López,2015-05-28T17:08:29.827000,shakira is best for worldcup﻿,0
            z12myn4rltf4ejddv23mwr3piuapcbl0r,jehoiada wellington,2015-05-28T17:06:37.288000,The best world cup song ever!!!!﻿,0
            z135vzqy1yrjhluew23kibopnrmqsplux,Kara Cuthbertson,2015-05-28T15:46:42.482000,I love﻿,0
            z12uujnj2sifvzvav04chpypvofvexpoggg,Sudheer Yadav,2015-05-28T10:28:25.133000,SEE SOME MORE SONG OPEN GOOGLE AND TYPE Shakira GuruOfMovie﻿,1
            z13lvh1qnma4d15sy23lyvqq5riafz52m,Alex John,2015-05-28T07:44:52.614000,Awesome ﻿,0
            z135hlk5grfwjhmym04ced0gyzrvsn5avuw0k,Nirab Valobasha,2015-05-27T21:31:38.388000,I like shakira..﻿,0
            z121cvvqftuvuz1ld22pe3agcsepzhhtt,Chelsea Andrews,2015-05-27T20:43:10.162000,Shakira - Waka Waka <br />LOVE THIS SONG!!!!!!!!!!!!!!!﻿,0
            z12uf5gatnf1dflws04cfrigrxb3zryxtwk0k,Kevin Sosa,2015-05-27T20:04:41.308000,Why so many disliked??????!!!!!!😯﻿,0
            z13pihfbwlv5hv4ap04ceh3hvonuhvnxueg,OldSchool Music,2015-05-27T19:00:57.936000,I don&#39;t think this song will ever get old ﻿,0
            z13utfk5rny3yzqtj22phlsxmtfuspbcp,Stephen Lister,2015-05-27T16:04:42.059000,Love song﻿,0
            z13usjdoivinwzsoy04cgv2y0tbjs1s5xn00k,Karolína Hlavatá,2015-05-27T14:41:43.081000,wery good﻿,0
            z12bhf4rzpjsvjmcw22ghd4j4qeqfthpm04,DubCedSky,2015-05-27T13:51:19.674000,"Every time I hear this song, I think about Iniesta&#39;s goal against the Netherlands...﻿",0
            z132i1cj3t2cedajp04cfxcqalbkfzd5fyk0k,akita hachiko,2015-05-27T13:07:33.766000,Whose watching this in 2015. If so hi-5﻿,0
            z12aw1ah2m2vh30tb22bvl3olkbohlbid04,Benjy Growls,2015-05-27T09:27:26.667000,I love this song so much &lt;3<br />Keep em&#39; coming!﻿,0
            z12cydggrzyesrklw23qwzexerqavj11e,monkey moments,2015-05-27T09:24:10.239000,i love this song thumsb up to you﻿,0
            z12gddhblwz3cf3wc04cgvjajvulwxvb5lw0k,Dr.geetanjali sharma,2015-05-27T09:14:14.641000,Waka best one﻿,0
            z13xwz5p3xq4zxdyv04cir2ammejxj15n2c,Axy665,2015-05-27T06:57:11.853000,5 years later i still love this song <br />~Axy665﻿,0
            z135glq5fnnielbbd04cchvr2orkurdgrz40k,celma joao tomas anacuja anacuja celma joao tomas,2015-05-27T06:30:54.415000,Like﻿,0
            z13zjlpo2nbehxwf322gelhzwmqwgn1mt,Raafat saeed,2015-05-27T04:19:29.178000,Check out this playlist on YouTube:﻿,1
            z12vv1hgirrhz5bh504cejjrstfkt1kq1po0k,ortiz brown,2015-05-27T02:51:25.515000,Her voice sounds weird and plus she&#39;s cute for a blonde﻿,0
            z12pch5bnqyxttpi004ch3b4usa1wjdg5l40k,mike the greek gamer,2015-05-26T21:42:43.953000,"Why there are so many dislikes. This song is so... awesome. It sounds like we MUST STOP BE RACISTS!!! If I could, I would like it 1,000,000,000 times!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!﻿",0
            z12julhignjmuzlnv230yzipftzvhjzuh,Aveonne Walker,2015-05-26T21:36:16.925000,Nice love itttttttt wurkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk﻿,0
            z12jd30zok2te1ghh04cdphgcqmshld5ncg,MikeTheOne42,2015-05-26T17:19:16.527000,still watching in 2015...﻿,0
            z12yxbpp3rurin5wc04cf3sqmlrvwlhzgao,Golden Lion,2015-05-26T17:16:06.269000,Shakira is my favourite singer. Wooooo﻿,0
            z12yvdxizlrze1osb22xev1xyxakdphe3,Coc Chitthu,2015-05-26T16:45:32.708000,i remember this song!,0
            z13tv3oqtkz0exqhg04cjfgqlyrgipmou20,vuong quang,2015-05-26T14:53:14.277000,Like﻿,0
            z132xfsy4pz5uvyxh04ce50xez2ki53ysaw,Ryan Ramma,2015-05-26T14:39:51.793000,Whose who are watching this in 2015.  LIKE!﻿,0
            z13uhhxp5nvig15yc04citszvtagwtmpqcc,Terry Short,2015-05-26T14:33:52.496000,"Support the fight for your 4th amendment right to privacy in your home.  Stop the NSA spying on Americans with the un Patriot Act Renewal. Rand Paul has spent 10.5 hours on the Senate floor in a Protest and Filibuster fighting for our  Constitution that this Nation is founded on. Join the fight at Rand Paul dot com. Spread The Word. We Have Someone That Cares About Our Nation.  Email your Senators, Congress men and women, tell them to support Rand. Tell the news to support Rand too Senator Rand Paul was up until <a href=""http://www.youtube.com/watch?v=pRpeEdMmmQ0&amp;t=1m00s"">1:00</a> am this passed Saturday morning fighting for our Constitution buy postponing the vote until this week. Our Constitution Matters join Rand in the fight to protect <a href=""http://it.ht"">it.ht</a> to privacy in your home and business.. Senator Rand Paul was up until <a href=""http://www.youtube.com/watch?v=pRpeEdMmmQ0&amp;t=1m00s"">1:00</a> am this passed Saturday  morning fighting for our Constitution buy postponing the vote until this week. Our Constitution Matters To All Of US, Help Rand Protect It by joining the fright for it.﻿",1
            z135ihwjrofccvbzu04cehzp3prte5jyccg,marko kacar,2015-05-26T09:54:10.695000,best song in world﻿,0
            z12rihewvsi0fxgui23bi31bulqvfj5vk,ovidiu mitricioiu,2015-05-26T08:11:50.918000,BEAUTIFUL,0
            z12wc5uotu3gz1pwd04ce1ly2vjuvxphxuk0k,Agung Handono Susilo,2015-05-26T03:34:08.887000,Good song:-)﻿,0
            z13lgjaxhnbzuxxmd22iyh24cwqqwpfiz04,Nimesh Nambiar,2015-05-26T03:17:53.672000,She&#39;s such an awesome entertainer. And pretty too! &lt;3 Shakira!﻿,0
            z13gv1bxbuytgjl3o23fdr5r3kaadbbm1,‫حلم الشباب‬‎,2015-05-25T23:42:49.533000,Check out this video on YouTube:﻿,1
            z13vf1mwauyjgj23q22vtppxjlnihr2ro04,Zcoria Kelly,2015-05-25T22:43:48.266000,Love this song﻿,0
            z13fsxq5coffdz54p04cjxzppp3ezhhw0u40k,Spider Girl,2015-05-25T21:31:01.689000,Love this song! My soccer team made a cd for our couch with this song on it!﻿,0
            z12afj2p2pniy1idm23wclt4ox2wujzj004,Ernest Foli,2015-05-25T21:08:10.798000,fave song﻿,0
            z13ue30j3uywfdivm23zgtzoflv0fhqce,Laura Gray,2015-05-25T19:56:09.670000,Watching in 2015﻿,0
            z12wuxjqmqjbyjab404cidxofne4ftup35c,Trygve Nilsen,2015-05-25T19:48:16.265000,I felt old when I realized that this song was 5 years old...﻿,0
            z13iuzxghsypjtfwy04ccnewbqbde3qwea0,Сергей Андреевич,2015-05-25T18:00:22.486000,love Shakira!﻿,0
            z13yi50hjzqgitubv04cfhzyby3ystsrh5g,adey lanre,2015-05-25T16:39:15.791000,One of the best song of all the time﻿,0
            z13udxpqgtnnxt10o232vhgbspnveld0c,bossdon redhouse,2015-05-25T15:53:41.740000,I really am madly in love with this woman!!﻿,0
            z13ywdzqsnmjhts2v22qzrhpxzn5frizg04,Eidya Pal,2015-05-25T14:43:55.353000,i totally love this song. absolutely fantastic! i love ya shakira!﻿,0
            z135znoyckynyhfyc04cj1qzturycx24aw40k,Ed Garcon,2015-05-25T14:05:41.188000,im still watching in 2015﻿,0
            z13uxtggrz25vlgcy225xf5yqweagnrra04,rachel perez,2015-05-25T14:05:18.188000,the song is sad﻿,0
            z13ijbpyhnvtddsue223c3pgilfjs3pmv,Ibtihal Baho,2015-05-25T11:21:16.857000,goood﻿,0
            z13cvpcyiqr5xnfmj235exiwvlqre514d04,Viv Varghese,2015-05-25T08:59:50.837000,The best FIFA world cup song for sure.﻿,0
            z12csjyqqru3tvlcb22hz3vrrn3jzfzyg04,Thiago Andrade,2015-05-25T08:08:49.121000,Nice vídeo shakira good﻿,0
            z12bfraboyajftgbz04ccbkr3xjxfxyxsew,Abdullah Fawzi,2015-05-25T06:25:22.319000,"coby this USL and past :<br /><a href=""http://adf.ly"">http://adf.ly</a> /1HmVtX<br />delete space after y﻿",1
            z132svd4fvq1wntfd221w5szfzezjri2r,Abdullah Fawzi,2015-05-25T06:23:24.405000,"see this<br /><a href=""http://adf.ly"">http://adf.ly</a> /1HmVtX﻿",1
            z13xy3naqwneytjyb04cjdb54luwyjk4alo0k,Nash Alema,2015-05-25T03:09:41.790000,Waka waka﻿,0
            z12qufrhtzvrzztje04chhmadyu3glopkm00k,Russian soldier sniper,2015-05-25T02:38:54.495000,she is beautiful but it is not American!﻿,0
            z121ireiytz2f1xzz04cc5fznlnchb1jphg,Toby Bywater,2015-05-25T01:47:45.053000,Thumbs up if your watching in 2015﻿,1
            z13wgdwwuralul0ki23fuxqxvrbmunwkf,Mohammed Yousef,2015-05-24T22:42:30.198000,ILOVETHISSONG﻿,0
            z12hsre40qqswblvg22kvlrhgznxul1xu04,JH Simene,2015-05-24T22:24:17.416000,Subscribe me please. i&#39;ll promise i&#39;ll sub back﻿,1
            z13uw5rqqwu4ufqli224fvzryy2vwlyk4,MmmHmmm,2015-05-24T20:38:33.832000,Lamest World Cup song ever! This time FOR Africa? You mean IN Africa. It wasn&#39;t a Live Aid event or something. She made it seem like a charity case for them instead of a proud moment. Where was Ricky Martin when you needed him! SMH﻿,0
            z13lhxc4yoidt5hdn23jydg5nkuehblxs04,Angelica Figueroa,2015-05-24T20:29:41.546000,My friend Sam loves this song😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊﻿,0
            z12zcxyjxof0ihx4w04cf1gojz3zwnty4ts0k,Syed Akbar Ali,2015-05-24T19:33:39.585000,Check out this video on YouTube:﻿,1
            z134ufywgmy5yny1223bvdkxvleyjj2ik04,Oreoluwa Ajjayi,2015-05-24T16:05:33.401000,I love you﻿,0
            z12uvzpw4tufgf2qw04chd5abu3uvf4rw5o,Eric Gonzalez,2015-05-24T15:35:03.844000,"To help shakira become the first female to hit 1billiom views, I&#39;ve decided to watch this Video at least one a day. Everyday! Shakifans we r so close just hit the replay button !!!﻿",0
            z13zj535dsqgcfyot04cixgics3zdrspsqw0k,‫كيكه وستايلي فيكه كيكه وستايلي فيكه‬‎,2015-05-24T14:57:52.858000,ILove shakira ﻿,0
            z13it35hwti1uf0ea22ju5dxoyqiubdso,Tierra Carbon,2015-05-24T14:21:54.411000,It was  cool   the best   song ever  ﻿,0
            z133xfvjenv5vfr0o22nhfrawr2ve3gp004,Lala Ella,2015-05-24T14:16:59.411000,OMG LISTEN TO THIS ITS SOO GOOD!! :D﻿,0
            z13azdiwulmkf5kmr22cwbpq1zrntfxby04,Alexander Solli,2015-05-24T12:32:18.770000,My uncle said he will stop smoking if this comment gets 500 likes! Please like this comment! Thanks.﻿,1
            z13lih3oztyagltwo04ceh3rezv2hfx5aj4,Arvind Pandey,2015-05-24T11:55:30.385000,nice song﻿,0
            z12ui12j5ti4dnyaa04cezhbnuuchl05ckc0k,Abdou Abdou,2015-05-24T10:01:03.912000,waka waka﻿,0
            z12lth44woywehejy04cilgh2lejztjapi0,MOHAMED THASLEEM,2015-05-24T07:03:59.488000,super music﻿,0
            z13cyndpyk2vefcyo04ce1ib5wrbxjqxuvk0k,Haolin Tan,2015-05-24T03:55:10.367000,How could 108k people dislike this song or video﻿,0
            z13durqh1sb4iv14q04cep3jenmavh4ajqg0k,Lupitaochoa Dieciseis,2015-05-24T03:02:38.357000,Love it!!!!!!!!!!!!!!!!💜﻿,0
            z13rg14qosy3uvqz204cf1eaotyyjbyx1ec,Carmen W,2015-05-24T01:36:23.815000,I swear Shakira keeps getting more and more gorgeous! She definitely looks more gorgeous with her hair this way than super curly.﻿,0
            z12uu1ni2uqrvzfhf04cflg4ezqmjnfzzu00k,Hamilton44,2015-05-23T22:08:55.169000,Youtube comments be like<br />This is so 5 years ago. ﻿,0
            z13teltr2ljvx1cgd04cihnpetm1xlwxm3g,Leedl bagginshield,2015-05-23T21:27:36.596000,it pisses me off a bit that blank space has more views (868 mio) than this. meh ﻿,0
            z12jwtvwcrmks1xbe04ch5nikwnscb4iqr40k,Athena Gomez,2015-05-23T20:45:58.511000,Your the best♣♥﻿,0
            z13zt31xrsrvcxtsz23dgvob4y21t3ppt04,Athena Gomez,2015-05-23T20:44:51.396000,I love you  ;p﻿,0
            z12iyf2wkybwerg5104cddairnrzf5vwoog0k,Anastasia Trevla,2015-05-23T18:35:07.666000,I love  Shakira !!!!!! ❤🎵🎶🎼🎸﻿,0
            z13rgdjjjzmkuhnvf23dd1wxkqzwvjiij04,Jessica Onyekwere,2015-05-23T17:42:14.383000,"This song is special, because is a song for Africa  and I am an African ﻿",0
            z13fyrra1pres5hbj04chzwabkels11pe5c,GamingWith Kim,2015-05-23T17:40:19.322000,&lt;3 this song so much.SHAKIRA YOUR A REALLY GOOD ARTIST.﻿,0
            z13cw35rwznvud1jt04cgl4zfpaqxj2z4qg0k,Raphael Lipusch,2015-05-23T17:07:04.122000,I love shakira<br />❤❤❤❤﻿,0
            z13isvpjcwadtnxfa23sdd0ipp20wzxdd,rtfamily,2015-05-23T16:45:03.492000,"Definitley the song for 2010 when im not listening to gypsy SHAKIRA ROCKS<br /><span class=""proflinkWrapper""><span class=""proflinkPrefix"">+</span><a class=""proflink"" href=""https://plus.google.com/101721377578919894134"" oid=""101721377578919894134"">shakiraVEVO</a></span>﻿",1
            z12wu1hapwjnvdrwe04cdj4ogu31cpjgnbw,KAM IL,2015-05-23T16:06:50.834000,I remember that torunament like it was today.﻿,0
            z122s1uitnfitv4ru04cet2jquumwz1zsyc0k,Madalynn Miller,2015-05-23T12:51:30.214000,Thank you. Please give your email. ﻿,1
            z13iefh5fqbhincpi04cfrcaxxzuwfdpgtc0k,ashwini praveena,2015-05-23T12:47:50.445000,beautiful﻿,0
            z12dsplrsvfauj5ej222hhnyyxzffreei,Karol Martinez Restrepo Martinez,2015-05-23T12:16:41.723000,Like﻿,0
            z12ps3yhzryuzlg4504cezaxkwrjx3cpkgg,Hidayet Özsoy,2015-05-23T10:46:16.850000,"Shakira you are so beautiful. You are lovely, lively.. We love you.﻿",0
            z13lvdcijuj5znbge04cc1iawv3eezsbbjo,Рустем Ахметов,2015-05-23T10:13:32.711000,GREAT!!!﻿,0
            z13cgt0yjtnaxfivx23xx1iwgoymxhu5504,Orlando Saeroon,2015-05-23T09:50:45.142000,Best World Cup Song﻿,0
            z123ydw50qjkfzm5s04cdlzziubxtz0ijfk,redouane najja,2015-05-23T08:57:27.240000,Fuck it was the best ever 0687119038 nummber of patrik kluivert his son share !﻿,1
            z13bchrxcyruufz4004chdjrzobevxc45ug0k,Manish Ray,2015-05-23T08:55:07.512000,This song is so beauty,0
            z12wwjbpsru3dnrkk22ec1qrjm2fzdmte,Misako Detenamo,2015-05-23T07:27:41.917000,I heard this when I was only 6 years old and I still love it﻿,0
            z12zfrwpllnfh34pz04ccvurqymehl5jdmo0k,Naseeb Jan,2015-05-23T07:12:18.941000,nice song﻿,0
            z13zibwb3vaczhraj04cct2hppnuwtbwjq00k,Martis Zelvis,2015-05-23T05:49:17.300000,waka waka:-):-):-)﻿,0
            z12zujgautikhxpn122mixwjkwavuldmd,alejandro rojas,2015-05-23T03:50:04.006000,Oh my god go to 1 billion of replay i love shakira﻿,0
            z13aznjg2ojwjlknm23yjbt4uniuepuxs04,Dunrell Pinder,2015-05-23T02:57:54.433000,i love her﻿,0
            z12ijbn5grjidp3vj23psvhyjvv2djpol04,Angie Vazquez,2015-05-23T02:51:23.999000,I love this song &amp;I love shakira&lt;333♡♡♡♡♡♡♡♡♡♡♡《33☆☆☆﻿,0
            z13wd3dwlrifgl3mj22vcdci0yiaubueb,Hermen De Greef,2015-05-22T21:46:43.778000,Yea stil the best WK song ever<br />Thumbs up of you think the same<br />﻿,1
            z13psdarpuzbjp1hh04cjfwgzonextlhf1w,bilal bilo,2015-05-22T20:36:36.926000,I liked<br />﻿,0
            z13qitsgikv1szy2023jzjdg3pike1yw004,twee gekkos,2015-05-22T20:10:26.759000,I like this song ﻿,0
            z13csdjytri2zxib404cf52g5szadlnbmf0,Robin Turnbull,2015-05-22T18:19:26.548000,i like it :)﻿,0
            z12xdzogizvptt10e221cxqx2uvsslggp04,Jobs Ho 何祯喬,2015-05-22T13:23:20.077000,Waka waka !!!﻿,0
            z12jdvqjrquct3bdj22yizigauehxj4ew,Lucia Scarlet,2015-05-22T11:56:53.104000,Amazing song﻿,0
            z13ldttruqm1x1wsz23qcdlq4saefnkew,Wiki Smolinska,2015-05-22T09:47:17.977000,Cool song ﻿,0
            z13dfprydrvlvl4u323qy515dzzgtzeej,black tiger,2015-05-22T05:23:38.336000,i love u  shakira﻿,0
            z13oxvzqrzvyit00322jwtjo2tzqylhof04,Octavia W,2015-05-22T02:33:26.041000,Waka waka ﻿,0
            z13egzvw2peys54lo221i3zxjxucfbski,Elena Macchiaverna,2015-05-22T01:21:46.397000,this song sucks﻿,0
            z13lgjxz2teyzdxmu23ze3ng1qmjgbsme,The Emerald Minecraft,2015-05-22T00:47:50.295000,Lol I love this song﻿,0
            z13qel3p2qaoexzhh04cjxniunrpzrtjro40k,Shakira Forever,2015-05-22T00:36:04.509000,Shakira﻿,0
            z134y1ki5svvwt43i23wz5kqsxmaettuu,AlabaGames,2015-05-22T00:31:43.922000,Subscribe my channel  I RECORDING FIFA 15 GOALS WATCH NOW :D﻿,1
            z12gsna4hquwjhkfd22udv3gtmjtjr5ta,Tillolo79,2015-05-21T22:54:24.249000,Wow...5 years<br />﻿,0
            z13chhog1nbldb2xp04cgtkxcx35z1djpf0,Free Video Tv,2015-05-21T21:15:41.869000,subscribe to me and I wil subscribe to you back﻿,1
            z13cdr2rzsjxxtmjj04cinebunydzthitmk0k,Olda87 CZ,2015-05-21T18:12:34.046000,You best singer﻿,0
            z12rsvvxiwi0j5hat04ccbjg4kjtihhox5o,Дмитрий Гаврилов,2015-05-21T16:29:03.583000,5 years soon!﻿,0
            z13fupk5zkfpjhnws04chl4w3zf0dnkrkl40k,Berthe Etale Bengue,2015-05-21T15:34:32.783000,Like﻿,0
            z121fvtbjuq0endru04cfjfofknoyteh3jk,liliana ciancio,2015-05-21T14:52:58.650000,Wanderfol is love or miusic﻿,0
            z13wxxjz4ozfcjom122ushyqfru5uxlk5,Diego Donzelli,2015-05-21T14:51:22.565000,waka waka﻿,0
            z133ibkihkmaj3bfq22rilaxmp2yt54nb,Debora Favacho (Debora Sparkle),2015-05-21T14:08:41.338000,BEST SONG EVER X3333333333﻿,0
            z13pfdriymyhzlhwu04chlfgtprmdfbitzs0k,林思鳳,2015-05-21T12:35:28.603000,"Very pleasant to hear, haha, good.﻿",0
            z123eldrazr3wlyd222zitmg1y2jin1rf04,Mahya Roohi,2015-05-21T08:19:31.099000,love!!!!﻿,0
            z13tuhvy3vmwxbprk04ci35w5luiwfi4lgk,strong heart,2015-05-21T08:00:58.240000,wow,0
            z12zi5bjouv2tbalt23cvzbymuaayju5d04,Ec Martinez,2015-05-21T02:28:12.963000,Waka waka eh eh﻿,0
            z12uftdyclu0s1mbc04cffvjlrukxpl5zdg,Napoleon Maldia,2015-05-21T01:53:33.012000,Cutie girl and beautiful song,0
            z13ccr5putughnbke23ui3kg5mjvhzzyh04,Camila Rodrigues,2015-05-21T01:27:39.321000,Love you shkira﻿,0
            z12muzijetuwf3qgm04ce1nafxvtj535ao40k,Trollsif Stalin,2015-05-21T01:05:19.225000,"I believe that soccer promotes terrorism. Bad choice, Shakira.﻿",0
            z12kchhgyvetifahq04cez1gdnfhfltxvcg,Ayano Hattori,2015-05-21T00:04:37.489000,I loved this song when I was in my teenage years!﻿,0
            z13gut2zbtidsnbew23sylmaxrfxhrimv,John Wilkie,2015-05-20T19:35:54.615000,Lip synch is terrible﻿,0
            z12xi1iaory1jvmlu23xfrayazjrv3jlj,Lili♥,2015-05-20T17:20:19.177000,"Shakira is different :) She is so happy all the time and she is spending for Africa :)<br />She can dance , sing and she speaks 4 languages﻿",0
            z13fzxyw3q3bupy0w22oc3wrmu2qdtmu4,Lucas Bonini,2015-05-20T17:15:30.741000,Gusttavo Lima Você não me conhece <br />Check out﻿,1
            z13vuf3jnrncwzree22ac3sils25edx4h04,ibrahim kula,2015-05-20T16:53:38.768000,Best world cup offical song﻿,0
            z134htyq0xbgvvowg04cehpiox35d5chu1s,THE GAMER OF TOMORROW,2015-05-20T14:56:07.374000,5 years ago damn ﻿,0
            z12tuvbodnn5ipp3o22mxnarfnnrxbq4z04,Basanagowda Policepatil,2015-05-20T14:47:02.884000,Very nice,0
            z131uprw3qv4w5iou04cjbbgtvjedpoonvs0k,Ruchira Naidu,2015-05-20T14:34:27.224000,"Help shakira&#39;s waka waka be the first song by a female artist to reach 1 billion views.<br />(dark horse is ahead by roughly 100 million more views, and roar has only 50 million more views)<br /><a href=""https://www.youtube.com/watch?v=pRpeEdMmmQ0"">https://www.youtube.com/watch?v=pRpeEdMmmQ0</a>﻿",1
            z130ilq4jomxx1poy04cjvniyzbqjzrjpqc0k,Play Now,2015-05-20T10:06:29.780000,like me﻿,0
            z12guhfqxzvgy3sxc04ccblrqxbmvperiqg0k,vimal singhania,2015-05-20T09:48:09.938000,SHAKIRA SONG WAKA WAKA﻿,0
            z12bf3fptyfkzh44n04cdbxbnyanujcy2u00k,Dara O,2015-05-20T02:39:10.745000,So underrated better<br />Than  Katy perry :/ but in not saying Katy is bad but she has no meaning to her songs. Shakira has<br />Meaningful songs these are the songs which bring memories and vibe&#39;s. I will miss it.   <br />   ﻿,0
            z130g5myrnncvnns3225s5jqjkqwi5de2,Samuel Hsu,2015-05-20T02:24:46.417000,I love this song and expect the World Cup .﻿,0
            z13zwzgpxmihuzumx23mxf2agufctlajp04,Matheus Ribeiro,2015-05-20T01:41:33.711000,Good times ...﻿,0
            z13qfn5yusqoslnn222dutdw4yqmhzhej,LiveLikeLien x,2015-05-20T00:57:56.444000,"It makes me happy instantly, and makes me forgot everything bad happening!﻿",0
            z12ivloo2snustjpe04cdbf5bknuudrxpdw,LiveLikeLien x,2015-05-20T00:57:28.965000,Love this song so much! One of my faves! Xxx﻿,0
            z13oc3rzqy2pwxors04cflibxy2zutsakz40k,Kalle Eklund,2015-05-19T23:29:31.994000,"Hi, nice song Shakira! (Sorry for bad Brazilian)﻿",0
            z125trmyqrbaijwhf04cctobjlq4ixy4gz00k,Mohamed Anhari,2015-05-19T23:02:25.583000,BEST SONG! GO SHAKI :D﻿,0
            z12binsaxx3yiti1322df3pgvmqgurgp104,SmokinBlue,2015-05-19T22:08:37.320000,THIS IS SHIT AND SOOOOO AUTOTUNED﻿,0
            z12nivexgtecgn3dd233jpupkve4gztnk,Tomke Brate,2015-05-19T20:02:18.759000,....I stil lisening this :)﻿,0
            z13nshrbexf5xnur204cjvtimtu0xrnwm4o,KILLER SVK,2015-05-19T19:12:17.614000,sexy shakira﻿,0
            z124dtzgsrbsw1kxh04cgpdjqlv3ghegsms0k,LaiLa Steudle,2015-05-19T19:06:50.714000,I love you Shakiria!!!!!!﻿,0
            z12uyzyjxtysunbmn235efxoisv3ena4q04,LaiLa Steudle,2015-05-19T19:05:28.470000,Me and my aunt love this song!!!!!﻿,0
            z12jxbfwpnr2u3g1z23sshzxdobre3x0f,nosa bella,2015-05-18T22:19:53.735000,I subscribed it<br />﻿,1
            z13rv5wieu2fdnogl04cdl0bdmjuunpwcnk0k,C Williams,2015-05-18T21:51:36.079000,Check out this playlist on YouTube<br />﻿,1
            z12yhleh5k2lcxtr304chn2gatiwur3xhz40k,Lizle Productions,2015-05-16T11:33:22.322000,Top three Shakira songs (my choice) <br /><br />1- Waka Waka (it&#39;s time for Africa)<br /><br />2- Can&#39;t remember to forget you <br /><br />3- Empire<br /><br />Like this comment if u like Shakira ﻿,1
            z122tvoquqzuirdhu04cfbfznza2jt05juk0k,gamila Khalil,2015-05-14T19:02:59.210000,Check out this video on YouTube:﻿,1
            z13jgncbqw2cwjroj04cfxjisoyrsj2z4kw0k,Nancy Kiragu,2015-05-12T11:48:27.242000,Check out this playlist on YouTube:Central ﻿,1
            z13ri55z2su3xp2v123ie1ywjn31zj0sl,RezAIIDay,2015-05-11T19:01:00.573000,"If you could take time &amp; spare a min to read this, then thank you. <br /><br />Im a rapper, if we&#39;re gonna be honest theres thousands maybe even millions<br /><br />of those in the world but not too many with ambition, dedication &amp; passion.<br /><br />I don&#39;t have money for huge YouTube advertisements or incredible music videos<br /><br />so all im left with is comments to expose my music.<br /><br />If you could take a moment and give me a chance ill make you a believer<br /><br />I would love? nothing more than a loyal following on YouTube. For anyone who <br /><br />Reads this could you press the &quot;THUMBS UP&quot;  others will see it.<br /><br />Doing so will help me push closer to my dream :) Thank You﻿",1
            z13dhjwwakylwb1ed23vd1mpsmnju5n0o,GALAXIAN HD,2015-05-09T16:51:31.436000,please visit my channel﻿,1
            z13lwva51nepgdxi404ceffbmqnfgje410c,‫انس الغامدي‬‎,2015-05-09T00:09:35.368000,Pleas subscribe my channel GamezZMTA﻿,1
            z13axdfy2v21eltyr04cib5jvzz3etij0g0,GamezZ MTA,2015-05-09T00:08:26.185000,Pleas subscribe my channel﻿,1
            z12rvnaqcprqe1jmt23fynpy0ziidrrzg04,joory amora,2015-05-09T00:07:53.422000,Pleas subscribe GamezZ MTA my channel<br />﻿,1
            z12nsvmo4yrifjeg504cfdvrhm2vt5p4wfg,Simon Morales,2015-05-08T20:28:10.938000,"cool song check out my animal trafficking petition.<br /><a href=""http://www.thepetitionsite.com/387/433/550/stop-animal-trafficking/?cid=headerClick"">http://www.thepetitionsite.com/387/433/550/stop-animal-trafficking/?cid=headerClick</a>﻿",1
            z13oxjdhkxzqyti1123rvxox2om4fpqqt04,Felipe Browne,2015-05-08T01:52:42.291000,Check out this video on YouTube: ﻿,1
            z12ohx343rfzs3nmz22rfnzbkqvqtnxwt04,CliP ArT shoW,2015-05-06T07:40:02.079000,Subscribe and Win a CAP<br />       ☆☆☆☆☆﻿,1
            z13tgdxgmputf1xfk22jjzhqgpi4v3xo104,Pauline Martinez,2015-05-06T03:21:12.870000,Check out this playlist on YouTube:﻿,1
            z13zhngyrsyeffkvf22cjvtofreiub1lp,Hawa Bah,2015-05-03T17:20:32.978000,Hey guys love this but check out this girl name cause she knows how to dance so search up ej ba dancing.﻿,1
            z131i1xypyunynkci22ijfxr2tuaf1nav04,Si Ham,2015-04-30T07:59:41.488000,"if you want to win money at hopme click here <a href=""https://www.paidverts.com/ref/sihaam01"">https://www.paidverts.com/ref/sihaam01</a> it&#39;s work 100/100﻿",1
            z13asbvq1n2ttvptn23vd1mpsmnju5n0o,GALAXIAN HD,2015-04-26T17:36:25.815000,i am from Brazil please subscribe my channel love you all﻿,1
            z13szlz5sp2zw3fxc04cc3nbhlmjxnphivg0k,Robloxia Asap,2015-04-25T19:54:03.298000,Could Spanish people understand this?<br /><br />Any way&#39;s I how you doing subscribe to me I brake things<br /><br />-_-﻿,1
            z133vdcgmrijgrhld22zst0i2nfnvdvxa04,How To,2015-04-25T06:38:00.463000,PLEASSSSSSSSSSSSSSSS SUBSCRIBEEEEEEEEEE MY CHANNNNNNELLL PLZZ﻿,1
            z13twxvoxwz1f11pk04cij1b0zi1ifbhdno0k,mariam shoja,2015-04-23T10:14:34.527000,Check out this video on YouTube:﻿,1
            z134zb2xvybxwt54s04cexswtliatpbqxjs,Marius Dima,2015-04-23T09:27:06.888000,"New way to make money easily and spending 20 minutes daily --&gt; <a href=""https://www.paidverts.com/ref/Marius1533"">https://www.paidverts.com/ref/Marius1533</a>﻿",1
            z12gj5gi4leawfcni225jty5wzvecj53m,Jet Lee,2015-04-23T08:08:38.925000,There are beautiful songs please subscribe﻿,1
            z13eupqxoyr2jf4xm04cetijyrjezfxovgw,500 Subscribers with no videos?,2015-04-22T17:36:57.326000,Can this channel get 500+ subscribers? You can make that happen :D﻿,1
            _2viQ_Qnc6_pJLNSe-ysm1Q4pDNKWrl6EWw0cSIBV14,Ali Reza Nipu,2013-11-05T06:23:41.092000,"I really love watching football and also I’ve started off making income with out financial risk from acquiring bonus deals. It’s this weird technique where you wager on something with one bookmakers and bet against it on Betfair. You secure the bonus as income . A chap named Jim Vanstone is finding the wagers free on his own website Vanstone Secrets (Google it!). I’ve made about 500 quid thus far. And it is cost-free. I guess the bookies pay him to obtain new consumers, yet this actually works.",1
            _2viQ_Qnc6_-PxFkTE_Kx-BN9mjiueYqg5wrx_hMGb4,angela pollman,2013-11-04T01:38:02.979000,and how many subscribers compared to her over a million,1
            _2viQ_Qnc6_ZYkMn1fS805Z6oy8ImeO6pSjMLAlwYfM,mile panika,2013-11-03T14:39:42.248000,"I absolutely adore watching football plus I’ve started earning income with out risk from claiming bonus deals. It’s a weird technique where you put money on something with one bookmakers and put money against it on Betfair. You acquire the bonus as income . A lad named Jim Vanstone is selecting the wagers free on his website Vanstone Secrets (Google it!). I have generated about 600 quid so far. And it’s free. I assume the bookmakers pay him to get new men and women, but it succeeds.",1
            _2viQ_Qnc6_NsO9XDTWC1TlbTRevVI-QGIqkXxuyl60,AllDailyVines,2013-11-03T12:11:52.335000,hahahahah ♥♥♥♥ :D like vines ?  Subscribe to me for daily vines,1
            _2viQ_Qnc6_J91n3DVA-4R9BjK8WFHtrJvrEn31ogGU,prem kumar,2013-11-03T11:15:28.071000,"Hi there, have you heard about DribbleProShot? Just do a search on Google. On their web site you can watch a smart free video featuring the best way to significantly boost your football aka soccer skills in no time... It turned Nick into a much better football or soccer player...His team mates were definitily amazed! I hope it will help you also...",1
            _2viQ_Qnc68YSD3Jr7qwbu0qvY0HeLZysgcn6ievlLI,rijia babu,2013-11-02T15:17:41.037000,"Hey, have you tried &quot;DribblePROshot&quot; yet? Just do a search on Google. On their website you will find a useful free video demonstrating the right way to enormously improve your soccer or football skills in no time... It transformed Fausto into a substantially better football/soccer player...to the amazement of his team mates. Hopefully it works for you too.",1
            _2viQ_Qnc6-_qc98D_T8ICCw3meS1f1YJqU9SA-X1t4,lildeneiro,2013-11-01T11:03:14.840000,"Still amazing this song!! I did a French Kpop Parody. Please come on my Channel to watch it. Share, suscribe, comment Thanks",1
            _2viQ_Qnc6-FlNdROU4zIseFCr76DMg7l8N-trEo764,real money,2013-10-30T15:55:56.097000, subscribe to my feed,1
            _2viQ_Qnc6_1RPym_S70n6Rv617-TI9Z8GVhGlwXs_I,AllDailyVines,2013-10-28T00:00:12.526000,:D subscribe to me for daily vines,1
            _2viQ_Qnc68YBtosyTVGLy_Fs4YYXoiWd5-wKXnaIw4,celebsongspoof,2013-10-27T19:00:17.015000,"Hey guys whats up? I found this app that lets you get free gift card vouchers like psn cards,X-box live cards and even amazon gift cards. For free! All you have to do is  simply just download the app from the app store. It is called juno wallet. All you have to do is just sign up for the app and then complete a few surveys or just download some other free apps and you get money like 10 cents. Also, if you type in the code IM2458444. You will also start off with $0.25 free!! ",1
            _2viQ_Qnc69LaqGJOI7p8VvK_26tIy8R0g_z-_ye79c,Laura Brown,2013-10-27T02:55:06.764000,"You guys should check out this EXTRAORDINARY website called FIREPA.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at FIREPA.COM !   Visit FIREPA.COM and check it out!   Lake   . Duzafizz . Singlewave . Spourmo . Burder . Colorful . Claster . Incandescent . Ambitious . Winooze . Absorbing . Macabre . Crestboot . Boxium . Womanly . Tan . Ybuwyn . Forgetful . Pepelexa . Zealous",1
            _2viQ_Qnc6-fnXF3jNuC5sr8txrOVFd4Uozj9Y4xC-w,FreshisYummy,2013-10-26T06:28:32.523000,Waka Waka!:D   Check out my new HALLOWEEN VIDEO!:),1
            _2viQ_Qnc6-awsV_zO5HWBhiYFzj5-4qgeeFv1iJwRU,Ferdi David,2013-10-25T11:26:10.848000,we are 14 year old boys we are trying to enter in the music industry Maybe we are just a dreamers but we are not the? only one. Please give us one chance to prove ourself to you. we know these things are annoying as hell we are sorry? about that. But we do anything to get music heard. Please visit our channel subscribe if you like and thumb this comment up so everyone can see we have made a song called: I Wanna Play A Game please take a look on our channel Thankss!!!,1
            _2viQ_Qnc69HTQ21lx0wtZ4TFYSpc_gMDApvlQt0q8o,Ishfaq khan,2013-10-21T07:18:41.460000, plz i wilsubscribe me frndzzl subscribe u back,1
            _2viQ_Qnc68YhzlKOdq3h2y3v8TCi0RQSIFzQP8hltY,Derek Moya,2013-10-21T05:47:26.457000,"You guys should check out this EXTRAORDINARY website called MONEYGQ.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at MONEYGQ.COM !   Visit MONEYGQ.COM and check it out!  Why does the fragile swim enlist the person? How does the ice audit the frequent son? The fantastic chance describes the rate.",1
            _2viQ_Qnc6_KD8seCZD8AcEirg_4NEFXuEO1fKw3lmY,VideoPro,2013-10-20T20:52:44.901000,SUBSCRIBE ME AND I REQUITE,1
            _2viQ_Qnc69ShtSmsaBOGFHrTAVCkLAtpOr40oiL5Yg,James Cook,2013-10-20T13:31:10.083000,"Stop Wasting Up Your Time and  Get Paid To Mess Around On Facebook And Twitter!  GET PAID UPTO $25 to $35 AN HOUR... Only at 4NetJobs.com  Work from the Comfort of your Home... We are Currently Hiring People from all Over the World,  For a Wide Range of Social Media Jobs on Sites such as Facebook,Twitter and YouTube.  You don&#39;t Need any Prior Skills or Experience and You can Begin Work Immediately!  You Can Easily Make $4000 to $5000+ Monthly Income…Only at 4NetJobs.com",1
            _2viQ_Qnc69fyi7qH4TDPB7CSJnioSrJi3CoQXBbjCo,Mayla Stephens,2013-10-18T20:28:32.779000,I love this!!!!! This is one of my fave songs now and I just subscribed :) :) :),1
            _2viQ_Qnc6_kxEjV8Ut57SeEGdqSKmC8VGP1K38Q2qY,Scott Johnson,2013-10-18T19:45:43,"You guys should check out this EXTRAORDINARY website called ZONEPA.COM .   You can make money online and start working from home today as I am!   I am making over $3,000+ per month at ZONEPA.COM !   Visit Zonepa.com and check it out!  Why does the statement conciliate the acidic stretch? The earth recognizes the money. When does the numberless number transport the trade?",1
            _2viQ_Qnc69wKf5GrJmQ5IZqKaEKr-rIjB5OqBC1Y_M,HowToMakeALotOfMoneyFast,2013-10-18T16:44:51.714000,How To Make A Lot Of Money Fast,1
            _2viQ_Qnc6-I58GFzl5H7twI_SISp0gQ8DndetxF2i0,link chick,2013-10-18T13:17:29.088000,visit &quot; ww estiloproduction com &quot; best website to make money,1
            _2viQ_Qnc69N53yIJS3ZrRHmdbS1qZLnkXgodzIegJM,BloggerGaming2229,2013-10-16T19:05:33.329000,Message :   GTA V  $20  FIFA 14 $15  PS4  $200  Galaxy S4 mini $250  Ipad 4   $200  visit the site hh.nl,1
            _2viQ_Qnc68eqIzELH00rh9umGlUKSRuQvWZAXhr_qM,James Cook,2013-10-15T17:00:04.573000,"Stop Wasting Up Your Time and  Get Paid To Mess Around On Facebook And Twitter!  GET PAID UPTO $25 to $35 AN HOUR... Only at 4NetJobs.com  Work from the Comfort of your Home... We are Currently Hiring People from all Over the World,  For a Wide Range of Social Media Jobs on Sites such as Facebook,Twitter and YouTube.  You don&#39;t Need any Prior Skills or Experience and You can Begin Work Immediately!  You Can Easily Make $4000 to $5000+ Monthly Income…Only at 4NetJobs.com",1
            _2viQ_Qnc69h-dBshypMERLv5by8Rf7I8TSLnP1Lnoo,Steven Slater,2013-10-15T09:56:19.653000,Being paid to respond to fast paid surveys from home has enabled me to give up working and make more than 4500 bucks monthly.  To read more go to this web site bit.ly\1bSefQe,1
            _2viQ_Qnc6-grcnVFTtwnhvC9tpgVG33p5a0AZHKlLI,James Cook,2013-10-14T10:35:03.861000,"Hello Guys...I Found a Way to Make Money Online You Can Get Paid To Mess Around On Facebook And Twitter! GET PAID UPTO $25 to $35 AN HOUR...Only at 4NetJobs.com Work from the Comfort of your Home... They are Currently Hiring People from all Over the World, For a Wide Range of Social Media Jobs on Sites such as Facebook,Twitter and YouTube You don&#39;t Need any Prior Skills or Experience and You can Begin Work Immediately! You Can Easily Make $4000 to $5000+ Monthly Income…Only at 4NetJobs.com",1
            _2viQ_Qnc6-q29okw74KTmVXCvhacMZ5NjAiYdAwHww,Louis Bryant,2013-10-12T15:55:05.693000,"You guys should check out this EXTRAORDINARY website called ZONEPA.COM . You can make money online and start working from home today as I am! I am making over $3,000+ per month at ZONEPA.COM ! Visit Zonepa.com and check it out! The meat discusss the successful memory. How does the peaceful unit arbitrate the guide? The addition designs the worried loss.",1
            _2viQ_Qnc69vgWhC2acrKSH-tvjKq1KuKBca1UtB8wk,Louis Bryant,2013-10-12T15:20:19.887000,"You guys should check out this EXTRAORDINARY website called ZONEPA.COM . You can make money online and start working from home today as I am! I am making over $3,000+ per month at ZONEPA.COM ! Visit Zonepa.com and check it out! How does the mother approve the axiomatic insurance? The fear appoints the roll. When does the space prepare the historical shame?",1
            _2viQ_Qnc69mufWqn8FcFN6u6tahNMkNWgB4-jKb2hs,Louis Bryant,2013-10-12T15:19:50.282000,"You guys should check out this EXTRAORDINARY website called ZONEPA.COM . You can make money online and start working from home today as I am! I am making over $3,000+ per month at ZONEPA.COM ! Visit Zonepa.com and check it out! The plausible summer submits the behavior. When does the grass check the peaceful seat? The country strategizes the edge.",1
            _2viQ_Qnc6_QZJzAERyAVzhcr3jy2ctVM4zQMfesQWQ,The NeedleWork,2013-10-12T09:32:49.512000,Check out my channel :),1
            _2viQ_Qnc6_qs30Ph_whafzKoWVyh_xIYpN3-7U_VmA,high tems,2013-10-12T09:13:19.285000,subscribe  my,1
            _2viQ_Qnc69BVRuBYCJ6ik7gdMwTiBRS9DDnTjNs-Gg,James Cook,2013-10-10T18:08:07.815000,"Hello Guys...I Found a Way to Make Money Online You Can Get Paid To Mess Around On Facebook And Twitter! GET PAID UPTO $25 to $35 AN HOUR...Only at 4NetJobs.com Work from the Comfort of your Home... They are Currently Hiring People from all Over the World, For a Wide Range of Social Media Jobs on Sites such as Facebook,Twitter and YouTube You don&#39;t Need any Prior Skills or Experience and You can Begin Work Immediately! You Can Easily Make $4000 to $5000+ Monthly Income…Only at 4NetJobs.com",1
            _2viQ_Qnc6-nD73Whq8IPs5SpJ3v8OO6PlgvyoopAqQ,Merabi Mazmaniani,2013-10-10T09:39:11.008000,Please visit this Website: oldchat.tk,1
            _2viQ_Qnc68tZfiBq8O7pExj1MmWcnorsu-kyc0Jz8Q,Merabi Mazmaniani,2013-10-09T14:20:36.334000,Please visit this Website: oldchat.tk,1
            _2viQ_Qnc6-k1VSPmCd2mrSAAQXChBMxF7oeJGCepUU,Anderson St. Martin,2013-10-09T03:22:24.252000,"Hello everyone my name&#39;s Anderson and i&#39;m a singer. not expecting to buy subscribers with words BUT to gain them with my voice. I might not be the best but my voice is different (in a good way) and i&#39;ll work harder than anyone out there to get better, &#39;cuz &quot;yeah&quot; i have a dream  a HUGE one, (who doesn&#39;t?) so please take 3 minutes of your time to check out my covers. Give me a chance you won&#39;t regret it If you feel like subscribing that&#39;d be awesome and it&#39;d mean the world to me THANK YOU SO MUCH",1
            _2viQ_Qnc68jroUSzJhg6jrxFj86oxZrAtGB_PWbOm4,latrell brown,2013-10-08T18:26:06.234000,Check Out Daneja Good Girl,1
            _2viQ_Qnc6-dfXGv_qVn1mdoRB9dAfp4ppjUsNu-GDU,OnlineJobs99,2013-10-07T03:35:34.267000,"Hello Guys...I Found a Way to Make Money Online You Can Get Paid To Mess Around On Facebook And Twitter! GET PAID UPTO $25 to $35 AN HOUR...Only at 4NetJobs.com Work from the Comfort of your Home... They are Currently Hiring People from all Over the World, For a Wide Range of Social Media Jobs on Sites such as Facebook,Twitter and YouTube You don&#39;t Need any Prior Skills or Experience and You can Begin Work Immediately! You Can Easily Make $4000 to $5000+ Monthly Income…Only at 4NetJobs.com",1
            _2viQ_Qnc6_eMN0NwT5paySjJPFbN5xI9W8C1Bwoq1U,WhatUKnow,2013-10-07T02:59:17.497000,Subscribe to my Youtube Channel!! :) Suscribite a mi canal de Youtube -WhatUKnow,1
            _2viQ_Qnc68DyUSaxqDmv-6yHPVUpKeYAZhrh2PUMZg,jameskileymusic,2013-10-06T05:38:47.524000,Check out my bass cover of hips don&#39;t lie by shakira!,1
            _2viQ_Qnc6-TLlBlT0itl1DbMJQGBx_6ZbscBXA3Nww,WhatUKnow,2013-10-06T03:24:16.073000,Subscribe to my channel :)  &lt;3,1
            _2viQ_Qnc69wrsSgR2azuokmk5-WDQVVI2lCV-WqJGA,Hadrien Robalo Marques,2013-10-05T22:31:44.181000,The britishs called that soccer but you know the true word is football and the US Foot is called rugby. That works like that in EUW ( Germany/ Netherland/ France/ Portugal/ Belgium/ Spain/ ... ) Just because the Britishs don&#39;t agree to be like us because they are UNIQUE. That&#39;s the reason why they also refused to have euro (€) as money,1
            _2viQ_Qnc69JZ1f3TJQWKMLhmdP0inDDPwOvzMQiFjE,Su Xianfeng,2013-10-05T11:54:10.192000,subscribe now!!!!!! love the song!!!!!! love football!!!,1
            _2viQ_Qnc68fX3dYsfYuM-m4ELMJvxOQBmBOFHqGOk0,tyler sleetway,2013-10-05T00:57:25.078000,so beutiful,0
            _2viQ_Qnc68fX3dYsfYuM-m4ELMJvxOQBmBOFHqGOk0,tyler sleetway,2013-10-05T00:57:25.078000,so beutiful,0
            _2viQ_Qnc69d37KEGZqBfleT0syzA1usOUM89zKNBGs,Gabriella Korotasz,2013-10-04T22:49:59.635000,She&#39;s so pretty,0
            _2viQ_Qnc68DYuhKc_RZjva7trZ1b4AU28tnu1S8KAc,Masreya ..,2013-10-04T22:38:44.441000,I like,0
            _2viQ_Qnc6-adLPqdl8Te15fgwPQaG8KLlyJGrtxbic,5000palo,2013-10-04T19:40:44.339000,She is perfect,0
            _2viQ_Qnc6-1fj_YPI5S4X9e9VnvAzoykRbwZGAlYgo,emoclew71,2013-10-04T19:18:44.700000,1 753 682 421 GANGNAM STYLE ^^,1
            _2viQ_Qnc6-pstqJtz-1zkROrvYIsPoBlOCr8i_tLIM,Capo Crimini,2013-10-04T18:59:40.338000,Your a fucking bitch,0
            _2viQ_Qnc6_-kHjHykSk9uu3A0NCryrDEa3pLXbX_C8,WhipCreamOnTop,2013-10-04T18:46:53.897000,this song is racist,0
            _2viQ_Qnc68357a4KUMONoAtNJ71qlc4cCzOC5Q5U3E,Odín000,2013-10-04T17:15:51.850000,Where are Shakifans?,0
            _2viQ_Qnc684Wob4j6dbLPeYzFG8ZB3h1sgfYm4SDsI,Aliens Studios,2013-10-04T17:13:18.472000,like!!!!!,0
            _2viQ_Qnc694tFwvOhmFcrz4GGaxVyxStdYmFH-nR68,5000palo,2013-10-04T16:15:05.278000,I want new song,0
            _2viQ_Qnc6_lxLB2IBIspObma9o3R5-8SwQnc8zq9Sk,Alain Bruno,2013-10-04T14:24:49.500000,Shakira is perfect,0
            _2viQ_Qnc6_JXmouLzw0-ItjbZCiPZjIwo__lIyDsj8,5000palo,2013-10-04T14:21:59.312000,Shakira :-*,0
            _2viQ_Qnc69xHT0POK7QFVihno_v_II_pWLoDMoFPXo,Directioner For Life,2013-10-04T13:54:20.918000,I remember this :D,0
            _2viQ_Qnc6-DELwfmf160qnTke41ME1MAOWHfxdLYyU,Tydings Jay,2013-10-04T07:47:56.333000,Waka waka,0
            _2viQ_Qnc6_ahzf6NP9Anh6ef2byWNEcrFHd9swO25s,mermskg,2013-10-04T05:20:55.524000,This makes me miss the world cup,0
            _2viQ_Qnc68hNPCfXGAxIxW9V7wcDDxSdp-gyHTkgho,ranferi delgado,2013-10-04T03:56:04.784000,best song eva,0
            _2viQ_Qnc6-9_PSkIwb3ThN5ebV8wCU8DxCWTgTSOkc,jack nons,2013-10-04T02:35:47.067000,I love it,0
            _2viQ_Qnc6_rAWi6BK2OqTQ_Ob0X8DkXenO0qL0qWm0,Ryan Alexander Osborn,2013-10-04T02:26:08.693000,"Believe that Jesus Christ is your savior for all your sins. If you truly believe in Jesus Christ to be your savior for all your sins then you will go to Heaven. If you believe in Jesus Christ then you are saved and you are in salvation and you have gained God’s righteousness. It matters not how much you have sinned in the past, in the present and especially in the future. Believe that Jesus Christ is your savior and you will go to Heaven forever and that is the whole truth. Spread the truth. ",1
            _2viQ_Qnc6-kUg8jc2n9-Cudm5lEsM-cSzIjF182TJo,Pyles Baxter,2013-10-03T02:25:19.324000,"  Perhaps you have seen the newest Miley Cyrus SECRET video ?   She&#39;s sucking an old man&#39;s cock ,  If you wish to see her , check out the celebrity website beneath :   miley-secret-video.co.uk ",1
            _2viQ_Qnc6_xOpLcxFFeUEgEYvQjttGcFYeMZ2lK4yY,Pyles Baxter,2013-10-03T01:52:36.990000,"  Haha , Miley Cyrus has done it once again  Today someone leeched a porno video with her on a celeb site   I believe the website link is : miley-celeb-news.co.uk in case you want to view it.... ",1
            _2viQ_Qnc6_7GI-VeVlj8gEzvkgATIX3jK-7J1kwWEY,Pyles Baxter,2013-10-03T00:21:52.191000," I really can&#39;t comprehend Miley Cyrus , she actually is a high profile and she tapes herself banging Today a video was leeched with her sucking and fucking The video has been posted at the celebrity website under :  miley-celeb-news.co.uk ",1
            _2viQ_Qnc6_IouTIqS8ontdQofcZwF4O6cG0-rFPXvo,lauren sophie,2013-10-02T15:30:38.020000,her voice is so wow!,0
            _2viQ_Qnc68MKhLnK71z12gu878i_A0sdfmpA0RvgOE,5000palo,2013-10-02T13:45:33.782000,Shakira :-*,0
            _2viQ_Qnc6-M2Gjq_TCThUeRGBbSNsclbeFll-ETDD8,ben mashall,2013-10-02T13:42:21.938000,:),0
            _2viQ_Qnc6_N2zOGpILFMw84xtq3hW1Evqp4K2VjCiM,salama al jadeedi,2013-10-02T13:22:09.610000,wow,0
            _2viQ_Qnc6-M29TD0eSrvhfMU9n1v7kunCbSMqnODXg,Abdullah Alawani,2013-10-02T12:49:44.963000,I love you,0
            _2viQ_Qnc680Rh_y5Dlwtkr_llWVOG7ZQdmNVip_dno,Minh Lý,2013-10-02T12:15:58.210000,i like and love so much people all friends..... I love Shakira ^^,0
            _2viQ_Qnc6_bcubCrs8YncM7B9016OeduR9RR-cKRb4,Kenji Bustalinio,2013-10-02T11:46:51.783000,:),0
            _2viQ_Qnc6-pgdb3FeyKxBCq6-zYy7OAn_tWkX5Xgz4,Chris Williams,2013-10-02T07:50:13.051000,Shakira I love you,0
            _2viQ_Qnc6_f7lY0xamQZtpqGkzqcC4U25KdJTNXqfo,น้ำ ริน,2013-10-02T06:32:58.224000,beautiful,0
            _2viQ_Qnc6_umVgV0fI-CSScDHuFxNHIVvezCGhajW8,Alain Bruno,2013-10-02T04:01:20.922000,Shakira is very beautiful,0
            _2viQ_Qnc6_eGfHB415UkNWBszO-GzLm9_Q0_qWsNLI,annabelle dalal,2013-10-02T03:50:46.921000,She is good,0
            _2viQ_Qnc6-uO31Z6WO5RUUpcrJ43ISst2uruk4y6TI,viginas smell like fish,2013-10-02T03:16:47.796000,God she is so hot,0
            _2viQ_Qnc6_XQHOjsmnALH1Quwy3tmW6KKW67LkNGoQ,Juan Martinez,2013-10-02T03:08:55.478000,She is perfect! &lt;3,0
            _2viQ_Qnc6-LmEEd3Pfnu9Sr-MT4sVCt84E5BYHGnM0,mirzet beganovic,2013-10-02T02:06:20.220000,Wow,0
            _2viQ_Qnc6-TMFClPlfFIBHdy_HbPbLyMhBsuEz5Lj8,Trang Le,2013-10-02T00:48:17.158000,Shakira voice sound spanish but that is what make the music sound amazing ♥I LOVE IT,0
            _2viQ_Qnc69D1Jxs1IlkkF0Xzce0uBoJN_OzDHnfmV0,latrell brown,2013-10-01T23:42:30.928000,CHECK OUT DANEJA GOOD GIRL,1
            _2viQ_Qnc68Lfu14asBabOAcqL9B7Anp_6zX66rSWP0,42o2 Studios,2013-10-01T19:10:56.808000,Check out my covers please!,1
            _2viQ_Qnc68dceJbTRNTP2sksMxa_lm35LaCu_jPluY,Shadrach Grentz,2013-09-29T13:59:42.162000,"Hey Music Fans I really appreciate any of you who will take the time to read this, and check my music out! I&#39;m just a 15 year old boy DREAMING of being a successful MUSICIAN in the music world. I do lots of covers, and piano covers. But I don&#39;t have money to advertise. A simple thumbs up to my comment, a comment on my videos or a SUBSCRIPTION would be a step forward! It will only be a few seconds of your life that you won&#39;t regret!!! Thank u to all the people who just give me a chance! :) ",1
            _2viQ_Qnc69A12xULkAOn5BEAGFKxQTTP02SSbsMsmc,Vincent T.,2013-09-29T00:44:30.904000,"Echa un vistazo a la remezcla! / Check out the remix!  MILEY CYRUS - WRECKING BALL (THE HOUSE OF EDM REMIX)  MILEY CYRUS - WRECKING BALL (VINCENT T. REMIX)  ...click, enlace, suscríbase! / ...click, link, subscribe!",1
            _2viQ_Qnc6-CRJO_6pvsByopsnD3qpCbK0IPhkvTuS8,RanMC & RVNNIN' RVNN,2013-09-26T20:13:40.670000,Hey check out our new musicvideo &#39;&#39;Life&#39;s a celebration&#39;&#39; Peace !,1
            _2viQ_Qnc6_onwOgxju-DV6WkqHZEOztCXD04EgEFBU,Hidden Love,2013-09-24T14:29:54.072000,Hi. Check out and share our songs.,1
            _2viQ_Qnc6_rdI1pDiJrFRv9uqSk3MizTk-rQeALntU,Noise​Break,2013-09-21T22:11:23.900000,Subscribe &amp; Like /watch?v=5tu9gN1l310,1
            _2viQ_Qnc69uhVbXr8SjkhLHu7T1HOxqrEF1f6h8vUA,Finuccsi Aka csincsilla3M,2013-09-21T15:43:40.171000,/watch?v=Dtqcftr1Fac JUSTIEN BIEBER CAR 2013. LIKE&amp;SUBSCRIBE,1
            _2viQ_Qnc69ETVqiialEz0s1k4Xnlmwuu1m1Hr-YzRE,killtheclockhd,2013-09-17T15:23:13.101000,check out our bands page on youtube killtheclockhd - check out some of our original songs including &quot;your disguise&quot;,1
            _2viQ_Qnc6_0DIjqw5n_WRhiiEtCGnZgvPPZJgZwPjU,The-ZiZ Oh,2013-09-14T16:15:00.990000,HI! CHECK OUT OUR AWESOME COVERS! AND SAY WHAT YOU THINK!,1
            _2viQ_Qnc6_B7ncS0M0zl0VC4SZ22T1ZO_GNhI1IWTM,Greg Fils Aimé,2013-09-10T23:18:01.455000,"I hope everyone is in good spirits I&#39;m a hard working student who&#39;s also a passionate singer I look foward to the day when I can make my own music to share But for now I&#39;ve just been doing covers. Check out my channel, I&#39;ve done Covers of Miley Cyrus, Imagine Dragons, Lana Del Rey, Drake, Macklemore, Pink and countless others.  Subscribe only if you want to. My goal isn&#39;t to become famous but to  inspire FYI this isn&#39;t spamming, everyone has a right to freedom of speech. Thanks ",1
            _2viQ_Qnc6_NswChsPPlG9Uf0ofpNvP1p2xoIoIi558,Mohammad Dorri,2013-09-10T14:21:06.521000,please visit our web: wellcomemd.blogfa.com,1
            _2viQ_Qnc6-adCzTDLAhqNVQ5hFYcjPyPI5m7pHY4BY,Lizzy Molly,2013-09-09T17:34:07.052000,PLEASE CHECK OUT MY VIDEO CALLED &quot;WE LOVE MIND MASTER IT&quot; THANKS,1
            _2viQ_Qnc68Q2-t0ozy5t7pGOgxPEnJYsDVa48udRIQ,5000palo,2013-09-07T21:37:36.738000,She is perfect,0
            _2viQ_Qnc6-jidHqOHj6hf4XnhflHNGicw4dL1vZRvQ,DizzyDank314,2013-09-07T20:04:51.947000,ｈｔｔｐ://ｗｗｗ.ｅｂａｙ.ｃｏｍ/ｕｓｒ/ｓｈｏｅｃｏｌｌｅｃｔｏｒ314,1
            _2viQ_Qnc6_Z85BMDurr0H0sdfTiCwy1hAg5aytbkWg,Trulee IsNotAmazing,2013-09-07T14:18:22.601000,Beautiful song beautiful girl it works,0
            _2viQ_Qnc68mfmp-D4hvnrhJa3Z4I1G4FbP0hvk2rA4,5000palo,2013-09-07T13:36:28.059000,Shakira :-*,0
            _2viQ_Qnc69hsj2kD8NcqZ3j5iFIB8o7VpIkf2JL1uU,brooke louise,2013-09-07T11:30:46.720000,OMG LOVE THIS!,0
            _2viQ_Qnc689wLmW6MeEZ9rga7i5ZYz1G3IZmSHeWEQ,John Jones,2013-09-07T10:25:25.376000,Ouf Ouf OUFFFFFFFFFFFFFFFFFF!!!!!!!! :),0
            _2viQ_Qnc68GD5OuwI5hh_dOADJdyjRye8XvH_ucDSk,jundi sahibol,2013-09-07T05:55:49.698000,awesome,0
            _2viQ_Qnc69pXwaj0QM6Ewdhza8RXqWKlQcJUj8dPWg,ernesta gerikaite,2013-09-07T05:30:09.654000,cool,0
            _2viQ_Qnc69vjtRxop92H6OWpxKYZu4Mokxff2OzDKE,TheBoss,2013-09-06T23:42:08.961000,This Song will never get old,0
            _2viQ_Qnc68o-ddWZf7571X8w1r4L1zFzYihOdQ0tAY,Bold Skud,2013-09-06T20:43:57.411000,I always have goose bumps at that part,0
            _2viQ_Qnc69IkplAQG3gXtQ9y40h_rrQsgjJk3v_MOk,Gintoki Sakata,2013-09-06T19:35:01.117000,Love it,0
            _2viQ_Qnc68BaXGVkheyDuF79FU05zYyvT-Q5xFyHzM,Alaa Foad,2013-09-06T18:32:07.187000,I love this song,0
            _2viQ_Qnc69FP_GeK2URWIx47LwY10_rRmCqfFk0_Uc,Frans Kraanen,2013-09-06T15:57:09.812000,"I want to see Shakira, not football :)",0
            _2viQ_Qnc6-_SpDzX8DwHaw3bUkE-owmcb7eOEPPurs,TAKAHASHI KAITO,2013-09-06T14:51:05.944000,good!!,0
            _2viQ_Qnc69hcZfDZYAej5tFyv6a7kX1xwJGCG1T3qY,dili bair,2013-09-06T14:02:25.579000,Recommend:  Apple iPad 4th Gen 32GB Unlocked Wi-Fi+4G 9.7in White Price:$390  Apple iPhone 5 (Latest Model) - 32GB - Black Price:$385  Samsung Galaxy S4 S IV 4 with 16GB New White Price:$360  Sony 60-inch 3D LED HDTV Price:$510  All-in-One PCs: Apple MacBook Pro: Apple MacBook Air Price:$320  Camera :Nikon D90 SLR Camera /18-55mm /55-200mm 32GB  Price:$390   Ultrabooks: SONY VAIO Pro 13 Intel Core i5 4GB 128GB Price:$515  +++++++++++++++    Purchase online Website is:  Taaee.com,1
            _2viQ_Qnc68RkAwC42s4YBDdCJYELSb6UiuZri58Kn0,Charanjeet Singh,2013-09-06T12:13:12.642000,&quot;HELP THE HUMANITY WITH YOUR SIGN IN TO THIS LINK WITH YOUR WHOLEHEARTED SUPPORT IF YOU SAY &quot;NO&quot; TO DISCRIMINATION. “UNITED WE STAND “  WE WILL BRING THE CHANGE TOGETHER.  IMPOSSIBLE ITSELF SAYS I  M  POSSIBLE&quot;  YOU ARE THE WINNERS OF MY SUCCESS!CHEERS TO ALL MY LOVING BROTHERS AND SISTERS !  PLEASE SHARE THIS LINK ON FACEBOOK TO SUPPORT AGAINST DISCRIMINATION.  tinyurl(dot)com(slash)mxh2y77  FEAR NONE BUT GOD !!!,1
            _2viQ_Qnc686iGqhAHKEeclAngy8MjvOxAo1hFpatHc,Krystian Konrad Moreński,2013-09-06T09:38:13.854000,"Part 5. Comforter of the afflicted, pray for us Help of Christians, pray for us Queen of Angels, pray for us Queen of Patriarchs, pray for us Queen of Prophets, pray for us Queen of Apostles, pray for us Queen of Martyrs, pray for us Queen of Confessors, pray for us Queen of Virgins, pray for us Queen of all Saints, pray for us Queen conceived without original sin, pray for us Queen of the most holy Rosary, pray for us Queen of the family, pray for us Queen of peace, pray for us ",1
            _2viQ_Qnc6_38op-kBrdA4xwd0KSYefHqdbeuljSgzM,Krystian Konrad Moreński,2013-09-06T09:36:48.076000,"Part 2. Holy Mary, pray for us Holy Mother of God, pray for us Holy Virgin of virgins, pray for us Mother of Christ, pray for us Mother of divine grace, pray for us Mother most pure, pray for us Mother most chaste, pray for us Mother inviolate, pray for us Mother undefiled, pray for us Mother most amiable, pray for us Mother most admirable, pray for us Mother of good counsel, pray for us Mother of our Creator, pray for us Mother of our Redeemer, pray for us ",1
            _2viQ_Qnc6_FlLJN0izQaKVQNe6LGDmPZMmkVDjjymE,Neeru bala,2013-09-05T23:07:09.056000,Hi.. Everyone.. If anyone after real online work. I can help u. Earn lots of money. It&#39;s fun. It&#39;s real and affiliated company.. U not think u r working. It&#39;s easy and enjoyable. For more info contact me .. Neeru105@ gmail.com,1
            _2viQ_Qnc6_8ffRCQd5tgg-gWMV557Vkqa4Yz1P4m8s,Faisal Alqarny,2013-09-05T21:46:13.297000,Nice song ^_^,0
            _2viQ_Qnc68WY7dYEqu0Gx6d1pRcC1S2JCkyKwPxBEE,timemastro1,2013-09-05T19:31:01.424000,god she is so sexy! drives me crazy!,0
            _2viQ_Qnc69saopRmKcZavlgi69aQhlFsDzUkMqZ1xQ,jemy Abdulrahman,2013-09-05T19:30:37.124000,WOw,0
            _2viQ_Qnc68d0oIh4oQZVITOixgFDyWwZLzk0gK604I,arribasinaloa Beltran,2013-09-05T19:25:33.583000,shakira is the best!,0
            _2viQ_Qnc68eAk1RuUiWxIBm6SyxuC5iUi2qYbz8gmE,اسيا الخواجة,2013-09-05T18:47:29,Nice,0
            _2viQ_Qnc6_VU7QGeFKeturpUPwo-jDiYu85rbtMPS8,fatiha el fallali,2013-09-05T18:08:08.377000,Shakira,0
            _2viQ_Qnc69LTbY1BZ2vaOiGknD4szgHVHc6FI3mBAw,5000palo,2013-09-05T17:29:20.413000,Shakira :-*,0
            _2viQ_Qnc6_K0UFJiCGKpBw86dGcjZIV5Nt7ke46swQ,Charly Boy Toy,2013-09-05T17:05:33.790000,the best!,0
            _2viQ_Qnc6-oktCjZuAEscq8DxT2RHFY1nfSS_hCWf0,Wafence,2013-09-04T19:16:44.109000,"Hey Youtubers and All Music lover&#39;s, Guess most of you all skip these comments, but for you who is still reading this, thanks ! I dont have any money for advertisiments, no chance of getting heard, nothing. All that&#39;s left is spam, sorry. Im 17, Rapper/Singer from Estonia. Please listen my new cover on my account. You wont regret it. Give me just a chance, please. Take half a second of your life and thumb this comment up. It will maybe change my life, for real. Thank you Wafence ",1
            _2viQ_Qnc6-8fXmwJsxpt64D862oCsb0cCfnoF_7Pwg,david rodriguez,2013-09-04T04:08:26.821000,do you want to make some easy money? check out my page tvcmcadavid.weebly . com dont miss out on this opportunity give thumbs up i would  apprecitate it.,1
            _2viQ_Qnc6-r7fiKCYAGotgCULCIx695QCHaAZDKHBM,Tiffanythebest,2013-09-02T19:42:46.640000,"PLEASE CHECK OUT THIS VIDEO CALLED &quot;WE LOVE MIND MASTER IT&quot;, THANK U :)",1
            _2viQ_Qnc69wycunZGebHhH3CnhNYYLjUzHrnXdzkV8,How To Advertise On Facebook,2013-09-01T16:16:00.721000,WAYS TO MAKE MONEY 50k Per Month Search google Now &gt;&gt; 9nl.me/make-money-without-investment-1,1
            _2viQ_Qnc6_JXdgRpQbBADKUYa1ESkXLxO1oW_ouaxU,How To Make Money On Youtube,2013-09-01T10:24:20.112000,Meet The Richest Online Marketer  NOW CLICK : bit.ly/make-money-without-adroid,1
            _2viQ_Qnc6-76PJqtBpzwmOHbogHlzWG9RSSpe-Kr1s,Maika Kate Mish Linn,2013-08-31T08:59:35.957000,How did you know that people makes another account just for subscribing itself and liking??? :),1
            _2viQ_Qnc69AVbPU2gXuoLiAOr6muFqsr7sm17CjhX4,Maika Kate Mish Linn,2013-08-31T08:56:12.507000,:) I&#39;ll subscribe to you. You look Nice :),1
            _2viQ_Qnc69WextJrbKBgZtDWQiRWlkxS317fouQMYc,Chris Boatsome,2013-08-30T22:41:51.117000,Hey dickwad - we&#39;re all africans. The colour of your skin just tells us something about how long ago your ancestors left Africa.   Check out Baba Brinkman - he has a song called &quot;I&#39;m A African&quot;   Go learn something.,1
            _2viQ_Qnc69hCwlRZTPP7JejZgoroMu8egbziE1hSAc,Mini Mus,2013-08-29T12:28:03.233000,WOW muslims are really egoistic..... 23% of the World population and not in this video or donating 1 dollar to the poor ones in Africa :( shame on those terrorist muslims,1
            _2viQ_Qnc68cUterDmjc7m6MyHkz-ADLt28bgxo9TJE,RapStarz Coleman,2013-08-28T19:05:48.998000,Wats Good Go Check Out My Music On Da Channel Ik Yall Got me,1
            _2viQ_Qnc6-jJD3XsdtbSW-9MCGB_Xp0nl2NhTBgdGo,RapStarz Coleman,2013-08-27T21:12:40.752000,I Know Y&#39;all Can Check Out Amy Music Because Yall Got Me Go To Da Channel,1
            _2viQ_Qnc6-k-Ldaj1pejT7IsYIELp1Npwz5tQAkuX0,Northland Paranormal Society,2013-08-27T13:35:06.557000,Northland Paranormal Society is now on YouTube! Check out our channel of real Paranormal evidence!! facebook/ Northland Paranormal Society!!!,1
            _2viQ_Qnc6_m4670hGGDwGjYreYnRR8359YYmuS_lDA,Adam Whitney,2013-08-26T05:24:14.644000,"Hello everyone :) I know most of you probably pass up these kind of comments, but for those who are still reading this, thanks! I don’t have any money for advertisements, no chance of getting heard, nothing. I live in such a small town... If this comes off as spam, sorry. I’m an instrumental songwriter from Columbus, Mississippi. Please go to my channel and check out my original music. It would be highly appreciated if you thumbs up this comment so my music can be heard! Thank you, Adam Whitney ",1
            _2viQ_Qnc68kPR6lRkhBHXUX2dGt04-4RgzINpv8Yhk,Ando Nesia - | MC | Music Producer,2013-08-25T04:22:28.183000,SO THEN HOW ARE YOU GOING TO CALL YOURSELF A INSTRUMENTAL SONGWRITER IF THERES NO SINGING THERES NO SONG TO WRITE!?!?! LOL.   YOU GOT ALOT TO LEARN KID BUT HEY DON&#39;T FORGET TO SUBSCRIBE!,1
            _2viQ_Qnc6-NqqHR40AwZGnQV7in6y6YrSbMW9wRZXM,Adam Whitney,2013-08-25T03:56:24.363000,"Hello everyone :) I know most of you probably pass up these kind of comments, but for those who are still reading this, thanks! I don’t have any money for advertisements, no chance of getting heard, nothing. I live in such a small town... If this comes off as spam, sorry. I’m an instrumental songwriter from Columbus, Mississippi. Please go to my channel and check out my original music. It would be highly appreciated if you thumbs up this comment so my music can be heard! Thank you, Adam Whitney ",1
            _2viQ_Qnc6-lW0XpQ5szMbbKcq0fuK2p4lDhPbQpGn0,CC FootballWorld,2013-08-24T12:41:23.384000,Please go in and see our Channel and subscribe :-). It would be Nice mate.,1
            _2viQ_Qnc6-m9RqGULP5B8P1SH2WqvKu3TnN7rBk2CI,henry Richardson,2013-08-24T05:53:21.519000,wanna earn money online without investment.....just visit this link .....therglove.blogspot.in/2013/08/blog-post_10.html,1
            _2viQ_Qnc6_hoPuz8gsl9ZFXFZGPESkLzYU9REwL880,Adam Whitney,2013-08-24T03:05:10.278000,"Hello everyone :) I know most of you probably pass up these kind of comments, but for those who are still reading this, thanks! I don’t have any money for advertisements, no chance of getting heard, nothing. I live in such a small town... If this comes off as spam, sorry. I’m an instrumental songwriter from Columbus, Mississippi. Please go to my channel and check out my original music. It would be highly appreciated if you thumbs up this comment so my music can be heard! Thank you, Adam Whitney ",1
            _2viQ_Qnc6_yLBNpqStGB5UF3nD3razd5EYm60rdOKs,OriginalVines Best,2013-08-21T20:02:33.102000,CHECK OUT THE DUBSTEP VERSION,1
            _2viQ_Qnc68ohvE0UyLK_gdOAe__2iDVi8CqVB97qeA,How To Make Money On The Internet,2013-08-21T14:18:11.087000,i can to make money,1
            _2viQ_Qnc6_nI97BKqkdeX9pbSkcDCWrg5cDb74C7kk,Gotcha Laughs,2013-08-19T17:21:29.806000,Wanna Laugh??? Please SUBSCRIBE to our channel!!!,1
            _2viQ_Qnc6_fFzltk8kvomVzwfkCdIZApG5fa2-gZRw,Diaz Katherine,2013-08-17T21:11:39.761000,Earn money for being online with 0 efforts!    bit.ly\14gKvDo,1
            _2viQ_Qnc6_HD2WpfyqvoRqTXGoLMA_zfTPGbWKrYyw,Bernice Anne,2013-08-16T18:33:18.009000,"Could you please check out my covers on my channel? I do covers like Adele, Kodaline, Imagine Dragons...and more. Please if you could spare a few minutes,  could you have a listen to one or two of my covers , Feel free to comment and subscribe :) Thank you! ",1
            _2viQ_Qnc68ked0J7OAfephXPfR-pvW7HiuIC5ZRduI,macgyver16,2013-08-16T14:07:09.668000,adf.ly /KlD3Y,1
            _2viQ_Qnc6-hMCH52bsWm38Ur7cdAPSdC3SmpC0-9YM,Fiddle Me Silly,2013-08-16T12:06:30.190000,Check out  these Irish guys cover  of Avicii&#39;s  Wake Me Up!  Just search...  &quot;wake me up Fiddle Me Silly&quot; Worth a listen  for the gorgeous fiddle player!,1
            _2viQ_Qnc6-MfwtDpLuGhWQ2o-4TN6bmxidyzSzQuc0,DynamicDesignStudios,2013-08-15T22:17:46.329000,"Hello everyone :) I know most of you probably pass up these kind of comments, but for those who are still reading this, thanks! I don’t have any money for advertisements, no chance of getting heard, nothing... If this comes off as spam, sorry. I am a video animator, just trying to make it up into the video animation industry. Please give me the chance to prove myself to you. Please visit my channel, subscribe if you like and thumb this comment up, so everyone can see! Thank You! ",1
            _2viQ_Qnc69datZTHIa2E_Ejo2gIk6WmZJJUiCSMLTw,DynamicDesignStudios,2013-08-15T19:58:19.748000,"Hello everyone :) I know most of you probably pass up these kind of comments, but for those who are still reading this, thanks! I don’t have any money for advertisements, no chance of getting heard, nothing... If this comes off as spam, sorry. I am a video animator, just trying to make it up into the video animation industry. Please give me the chance to prove myself to you. Please visit my channel, subscribe if you like and thumb this comment up, so everyone can see! Thank You! ",1
            _2viQ_Qnc6_Zg0GECxJ4iGuOCFBrzjOBZguGqOhU5ms,DJ ROY,2013-08-14T21:07:42.306000,"Hey youtubers... I really appreciate all of you who took the time, to read this, I am just a 19 year old boy who wants to be a successful musician in the music world. I dont have any money to advertise my channel, If you could just visit my channel, comment on my video or subscribe, that would be great.... It will only be few seconds of your life..... Thank u to all the people who just gave me a chance l really appreciate it  ",1
            _2viQ_Qnc69swE48B0wgwJijgdZ2KbSVUK5TSpqoYDg,Mazacar Cfc,2013-08-13T20:01:56.702000,subscribe to my pagee please.,1
            _2viQ_Qnc69TuQDH0yVDsXPiyJCNNBrDiYhDY66Xu8g,Stanša Matej,2013-08-13T19:18:54.893000,please subscribe to my page. thanks.,1
            _2viQ_Qnc6870xv47G-__kc0IimrvnGFcLXaLnJsiFE,Edward Wright,2013-08-11T05:23:08.533000,"Hey, hit this shit up while yall can, they killed the versace remix. Just type in CGE &quot;Versace Freestyle (Get Money)&quot; Shot by Ja-Wan Gardner and help them reach 1 million views.",1
            _2viQ_Qnc6-qc6sKOH4U0o8eIL4tVjojc-DyDYkkvWk,Comedy Recipe,2013-08-11T03:40:42.801000,"Hey guys and girls check out Comedy Recipe for hilarious you tube videos, pranks, and crank calls!",1
            _2viQ_Qnc6978LweIjWZsjP3qK1bgFSYyumKWxPsq_I,Titan,2013-08-08T21:16:25.626000,"Subscribe me, I will? subscribe you back!!!",1
            _2viQ_Qnc6812QtCcbHa3ZgmjznXhr0Ar324LJpkSHE,Titan,2013-08-08T21:15:36.040000,"Subscribe me, I will? subscribe you back!!!",1
            _2viQ_Qnc6_QPhRwA4ZFbviXqXHvKyKJb7UivUZFUH0,TheEpicMixx':)x,2013-08-08T14:54:45.831000,Please.. Check my channel out:) I subscribe back..;),1
            _2viQ_Qnc69bp77hGJ6em0Gm1Fg_TLmNoUuS_ydlofg,TheEpicMixx':)x,2013-08-08T13:34:40.655000,I really ask nicely to view my vids:) I subscribe back..,1
            _2viQ_Qnc6_Hcona9vbTbZqnb5SyyHKi7PxVC-KkfTY,ricky swaggz,2013-08-07T23:40:12.225000,******* Facebook is LAME and so 2004! Check out ------------ swagFriends com Make thousands of cool new friends everyday! Join this new movement!,1
            _2viQ_Qnc69r15LuL8TDbisnTJ_hf5RfcyJAyoMC5eo,Hidden Love,2013-08-06T11:40:05.581000,Hi. Check out and share our songs.,1
            _2viQ_Qnc6-h3o48aXYmI_xInBcH9saCmEK627IQm68,Tim Marrotte,2013-08-05T12:25:21.682000,CHECK OUT partyman318 FR GOOD TUNEZ!! :D,1
            _2viQ_Qnc6-LyNEXRld9VERRpRICrMPNxpnGjL8ZsF4,DJ ROY,2013-08-02T21:02:09.931000,"Hey youtubers... I really appreciate all of you who took the time, to read this, I am just a 19 year old boy who wants to be a successful musician in the music world. I dont have any money to advertise my channel, If you could just visit my channel, comment on my video or subscribe, that would be great.... It will only be few seconds of your life..... Thank u to all the people who just gave me a chance l really appreciate it  ",1
            _2viQ_Qnc69zyetF6GsHRzYGyXl4u5kg0Sm-nP-pupI,Shadrach Grentz,2013-08-02T03:15:46.914000,"Hey Music Fans I really appreciate any of you who will take the time to read this, and check my music out! I&#39;m just a 15 year old boy DREAMING of being a successful MUSICIAN in the music world. I do lots of covers, and piano covers. But I don&#39;t have money to advertise. A simple thumbs up to my comment, a comment on my videos or a SUBSCRIPTION would be a step forward! It will only be a few seconds of your life that you won&#39;t regret!!! Thank u to all the people who just give me a chance! :)",1
            _2viQ_Qnc699u36gNm3NRoq1quIaJWRNrftGEEZM3J4,Shadrach Grentz,2013-08-01T21:43:52.122000,"Hey Music Fans I really appreciate any of you who will take the time to read this, and check my music out! I&#39;m just a 15 year old boy DREAMING of being a successful MUSICIAN in the music world. I do lots of covers, and piano covers. But I don&#39;t have money to advertise. A simple thumbs up to my comment, a comment on my videos or a SUBSCRIPTION would be a step forward! It will only be a few seconds of your life that you won&#39;t regret!!! Thank u to all the people who just give me a chance! :) ",1
            _2viQ_Qnc68LqKGb40V2ImKQYcp1ZqpHrCCMFqMCcA4,Shadrach Grentz,2013-08-01T20:39:15.325000,"Hey Music Fans I really appreciate any of you who will take the time to read this, and check my music out! I&#39;m just a 15 year old boy DREAMING of being a successful MUSICIAN in the music world. I do lots of covers, and piano covers. But I don&#39;t have money to advertise. A simple thumbs up to my comment, a comment on my videos or a SUBSCRIPTION would be a step forward! It will only be a few seconds of your life that you won&#39;t regret!!! Thank u to all the people who just give me a chance! :) ",1
            _2viQ_Qnc68Qq98m0mmx4rlprYiD6aYgMb2x3bdupEM,Hidden Love,2013-08-01T09:19:56.654000,Hi. Check out and share our songs.,1
            _2viQ_Qnc698fLCQzZmRt1CqPhf0L6mchwWG5gsUlzk,Hidden Love,2013-07-31T10:22:02.628000,Hi. Check out and share our songs.,1
            _2viQ_Qnc68sxLpsBQ1cPk_LLH91SMsRav51KmhIoQw,Hidden Love,2013-07-30T11:22:57.091000,Hi.Check out and share our songs.,1
            _2viQ_Qnc69Nq0Ytk1jCpzWPCrpGEk6T7cdVAxfSlAk,Shadrach Grentz,2013-07-29T17:39:24.876000,"Hey Music Fans I really appreciate any of you who will take the time to read this, and check my music out! I&#39;m just a 15 year old boy DREAMING of being a successful MUSICIAN in the music world. I do lots of covers, and piano covers. But I don&#39;t have money to advertise. A simple thumbs up to my comment, a comment on my videos or a SUBSCRIPTION would be a step forward! It will only be a few seconds of your life that you won&#39;t regret!!! Thank u to all the people who just give me a chance! :) ",1
            _2viQ_Qnc68wE6_oU558uTupID2DHHu6smRW0Yr5mVs,Anthony Lam,2013-07-29T08:59:24.455000,"Hey, I am doing the Forty Hour famine so I&#39;ll be giving up on food and social working for 40 hours. I&#39;m doing this to raise money for African people who can&#39;t experience the luxuries that we can. So can you donate to give them a chance?  Any amount would do :)  Click on the link and donate h t t p : / / 4 0 h f . c o m . a u / A n t h o n y L a m Thanks :)",1
            _2viQ_Qnc685qxAXpoMI-8aTnd7plcAbmTrvD_G2Czw,meg fluttershy,2013-07-25T20:47:41.071000,Love itt and ppl check out my channel!!!,1
            _2viQ_Qnc6-F0FnQlt7edQt9rRqV7Clx74E8hyKAVt0,BDOG1040,2013-07-25T05:45:57.646000,SUBSCRIBE MY CHANNEL,1
            _2viQ_Qnc6-Lev7nxVg9RnkxHYNAykFf9lV9qiEIFJY,macgyver16,2013-07-24T14:07:32.431000,adf.ly / KlD3Y,1
            _2viQ_Qnc6_sGHV0-pAXNa1RF9Xja5vmr53ULlzlG3g,macgyver16,2013-07-23T17:00:14.596000,adf.ly / KlD3Y,1
            _2viQ_Qnc6-1oZCLsUWjl3-g4QrWxMQXsSTs2Hy4MGI,damion taylor,2013-07-21T20:20:34.118000,check out my new video,1
            _2viQ_Qnc6_YN7xFNAg14zX99Y614Salf57yOcrBRSw,Shadrach Grentz,2013-07-21T12:21:37.898000,"Hey Music Fans I really appreciate all of you who take time to read this, and check my music out! I&#39;m just a 15 year old boy DREAMING of being a successful MUSICIAN in the music world. I do lots of covers, and piano covers. But I dont have money to advertise. A simple thumbs up to my comment, a comment on my videos or a SUBSCRIPTION would be a step forward! It will only be a few seconds of your life that u won&#39;t regret!!! Thank u to all the people who just give me a chance it means a lot! :)",1
            _2viQ_Qnc6_fyjM2m-ismUToowpNFauwtldKlfjbtIk,Joshua Kasey,2013-07-21T08:26:18.155000,"Hello everyone, It Is not my intention to spam and am truly sorry If anyone Is annoyed by this but just please hear me out.  I am a rapper, singer, music producer and a song writer and have been making music for a while now, eight years to be exact.  I enjoy making all types of music that anyone can listen to, doesn&#39;t have me talking about killing anyone and most importantly, focuses on the quality of the music.  Please check out my page, It&#39;s only a click away.  Thank you and have a nice day :)",1
            _2viQ_Qnc6_AXZ4E5CeA3LHE36RAijd3QKgUI-YvjWI,ricky swaggz,2013-07-20T22:09:23.728000,******* Facebook is LAME and so 2004! Check out ------------ swagFriends com Make thousands of cool new friends everyday! Join this new movement!,1
            _2viQ_Qnc68ki9xsFeN2y1_ZiHYcZC8Qv1GyHfwqr7Y,steven reed,2013-07-19T22:12:16.609000,Please check out and send to others Freedom and Justice are on the line!  Please Google:   Steven L. Reed Case Lands in Supreme Court---thanks!,1
            _2viQ_Qnc69mci30y5muwQXNMaeCmIvZ4ca8l_4zPmA,Johnny Rei Vlog,2013-07-19T11:41:54.923000,"Nice to meet You - this is Johnny: 1. If You already know my music - thumb this up, because You found it this way, too. 2. If You want to hear original songs completely made by 1 person, continue reading:  I sing, write original music+lyrics &amp; play guitar, bass, drums &amp; keyboards. I&#39;m a 1-man-band. My music is completely independent &amp; 100% listener-supported. If You want to hear it &amp; if You&#39;re willing to help record new album - click on my name/picture.  Enjoy the music - wish You awesome day!",1
            _2viQ_Qnc68cxHfQzecR1L9f-hbLNIJ7VxpCZtctPMk,yakikukamo FIRELOVER,2013-07-18T17:07:06.152000,hey you ! check out the channel of Alvar Lake !!,1
            _2viQ_Qnc6-G71VMp3dR76dfQTcrRHpiNXJh2jm8V_M,Johnny Rei Vlog,2013-07-18T16:50:26.909000,"Hi -this is Johnny: 1. If You already know my music - thumb this up, because You found it this way, too. 2. If You want to hear original songs completely made by 1 person, continue reading:  I sing, write original music+lyrics &amp; play guitar, bass, drums &amp; keyboards. I&#39;m a 1-man-band. My music is completely independent &amp; 100% listener-supported. If You want to hear it &amp; if You&#39;re willing to help record new album - click on my name/picture.  Thank You &amp; enjoy the music - wish You awesome day!",1
            _2viQ_Qnc6-3Nk200KmVtS-kiCS_1CjKJsMIbXakyfI,hsn moghrbi,2013-07-17T21:14:40.168000,wow,0
            _2viQ_Qnc6-UzHByAP8y3BxG633jelEC_fxtFRUvLSA,Zuzanna Sztandera,2013-07-17T20:41:00.612000,Love this song!!!,0
            _2viQ_Qnc68LpP5gDCaWQuiywObesTUlRgSQExMVMac,Chelsea Fischer,2013-07-17T20:34:59.389000,Love this song !!!!!!,0
            z12xc3ly4x3uttmci22xff24nqqxwb0je04,Lisa Matthews,2013-07-17T13:56:03.233000,Check out this video on YouTube:<br />&quot;This Time for Africa&quot;. One for Trayvon!  And Our MOTHERland<br />Thank-you Shakira﻿,1
            _2viQ_Qnc6-PfOjDtTwbTalW_5TRtvBKMcHZdDrcI2o,laura elliott,2013-07-16T05:48:01.795000,i watched this because of the large amount of views and now i am convinced it is because that girl is so hot,0
            _2viQ_Qnc69GH3FQl348HonbRxpbmtsR5CUei0zkJog,Riley Rollins,2013-07-16T00:30:46.660000,"O peoples of the earth, I have seen how you perform every form of evil at your leisure! You cease not from reveling in that which I hate! Behold, you murder the innocent day and night and plot evil against your neighbor! You stand up for the rights of those who commit abomination and clap your hands as wickedness is celebrated openly in the streets!... O MOST PERVERSE AND ABOMINABLE GENERATION, SHALL I NOT REPAY?!  Hear the Word of The Lord - TrumpetCallOfGodOnline.  co m",1
            _2viQ_Qnc69S12dQyWLf0QBgUD29OMTe71geFOn4PJA,Oona Sarlotta,2013-07-15T16:08:50.204000,this song always gives me chills! :),0
            _2viQ_Qnc69Ic8yEMHsemUQiq01-kwwqnbDowMO9kdM,lynchee360,2013-07-14T22:38:26.779000,I love dis song!! 3,0
            _2viQ_Qnc6-qHJ_u9Yv84vj4yOAPLUL3ZibCc7b-vBI,FAHAD KHAN,2013-07-14T22:06:57.712000,I WILL NEVER FORGET THIS SONG IN MY LIFE LIKE THIS COMMENT OF YOUR HEARING THIS SONG FOR LIKE A YEAR!!!!!,1
            _2viQ_Qnc6_HU65mTzCmXnjA-WLt7XqxqPj7EwAtlO0,ricky swaggz,2013-07-14T20:40:00.331000,********OMG Facebook is OLD! Check out  -----------------&gt; swagFriends com Make thousands of cool new friends everyday! Join the movement!,1
            _2viQ_Qnc6-jk58CPwBnqfbM6oByJH5oPvCtKecLQyo,Shadrach Grentz,2013-07-14T03:11:20.243000,"Hey Music Fans I really appreciate all of you who take time to read this, and check my music out! I&#39;m just a 15 year old boy DREAMING of being a successful MUSICIAN in the music world. I do lots of covers, and piano covers. But I dont have money to advertise. A simple thumbs up to my comment, a comment on my videos or a SUBSCRIPTION would be a step forward! It will only be a few seconds of your life that u won&#39;t regret!!! Thank u to all the people who just give me a chance it means a lot! :)",1
            _2viQ_Qnc6_fgKR1W7-k1lbVURi8hVbMlQAMSOCSnyk,ThirdDegr3e,2013-07-13T20:48:22.967000,**CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE*** ***CHECK OUT MY NEW MIXTAPE******CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE*** ***CHECK OUT MY NEW MIXTAPE******CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE*** ***CHECK OUT MY NEW MIXTAPE******CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE*** ***CHECK OUT MY NEW MIXTAPE****,1
            _2viQ_Qnc69MEEHHJxZ427KX8MlljJPnUC2YBbvbWwY,ThirdDegr3e,2013-07-13T20:48:06.033000,**CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE*** ***CHECK OUT MY NEW MIXTAPE******CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE*** ***CHECK OUT MY NEW MIXTAPE******CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE*** ***CHECK OUT MY NEW MIXTAPE******CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE*** ***CHECK OUT MY NEW MIXTAPE****,1
            _2viQ_Qnc6_RKHVetk9kLzx8ZC62_J7y73FWFSBTe8Q,ThirdDegr3e,2013-07-13T20:47:40.793000,**CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE*** ***CHECK OUT MY NEW MIXTAPE******CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE*** ***CHECK OUT MY NEW MIXTAPE******CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE*** ***CHECK OUT MY NEW MIXTAPE******CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE**** **CHECK OUT MY NEW MIXTAPE*** ***CHECK OUT MY NEW MIXTAPE****,1
            _2viQ_Qnc68TufyXKiTwky80ewSPbhRiD5XFHrJH9lg,Ysobel Schofield,2013-07-13T20:17:25.181000,Waka waka she rules,0
            _2viQ_Qnc689m-WiwOwvrQU7LvkLAgspnfXL8ovE0ME,TheHotChocolate,2013-07-13T18:26:37.017000,she is sooooo beautiful!,0
            _2viQ_Qnc6_1Hq9MGlefkBIszt9rYD3S_CozADvMhQ4,Dinova Sharon,2013-07-13T14:44:00.700000,well done shakira,0
            _2viQ_Qnc6-bMSjqyL1NKj57ROicCSJV5SwTrw-RFFA,Katie Mettam,2013-07-13T13:27:39.441000,I love this song because we sing it at Camp all the time!!,0
            _2viQ_Qnc6-pY-1yR6K2FhmC5i48-WuNx5CumlHLDAI,Sabina Pearson-Smith,2013-07-13T13:14:30.021000,I love this song for two reasons: 1.it is about Africa 2.i was born in beautiful south Africa,0
            _2viQ_Qnc6_k_n_Bse9zVhJP8tJReZpo8uM2uZfnzDs,jeffrey jules,2013-07-13T12:09:31.188000,wow,0
            _2viQ_Qnc6_yBt8UGMWyg3vh0PulTqcqyQtdE7d4Fl0,Aishlin Maciel,2013-07-13T11:17:52.308000,Shakira u are so wiredo,0
            _2viQ_Qnc685RPw1aSa1tfrIuHXRvAQ2rPT9R06KTqA,Latin Bosch,2013-07-12T22:33:27.916000,Shakira is the best dancer,0
            """#
        ),
    ]
}
