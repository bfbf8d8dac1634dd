/**
 * Officials of both governments with their terms of office: a person acts for a side only within a term
 * (a former president's words are not the government's). One line a person:
 * `SIDE role | full names, comma-separated | surnames | terms`. A surname marked "?" is also a common word or
 * another person's name (Price, Rice, Austin): it counts only after a title ("spokesman Price") or where the
 * full name appears in the same article. Terms are `from..to` in ISO dates, the end open while in office.
 */
export const PEOPLE_TABLE = `
US president | George H. W. Bush, George Bush | Bush | 1989-01-20..1993-01-20
US president | Bill Clinton, William Clinton | Clinton? | 1993-01-20..2001-01-20
US president | George W. Bush | Bush | 2001-01-20..2009-01-20
US president | Barack Obama | Obama | 2009-01-20..2017-01-20
US president | Donald Trump, Donald J. Trump | Trump | 2017-01-20..2021-01-20, 2025-01-20..
US president | Joe Biden, Joseph Biden, Joseph R. Biden | Biden | 2021-01-20..2025-01-20
US vice-president | Joe Biden | Biden | 2009-01-20..2017-01-20
US vice-president | Al Gore | Gore | 1993-01-20..2001-01-20
US vice-president | Dick Cheney | Cheney | 2001-01-20..2009-01-20
US vice-president | Mike Pence | Pence | 2017-01-20..2021-01-20
US vice-president | Kamala Harris | Harris? | 2021-01-20..2025-01-20
US vice-president | JD Vance, J.D. Vance | Vance | 2025-01-20..
US foreign-minister | James Baker | Baker? | 1989-01-25..1992-08-23
US foreign-minister | Warren Christopher | Christopher? | 1993-01-20..1997-01-17
US foreign-minister | Madeleine Albright | Albright | 1997-01-23..2001-01-20
US foreign-minister | Colin Powell | Powell | 2001-01-20..2005-01-26
US foreign-minister | Condoleezza Rice | Rice? | 2005-01-26..2009-01-20
US foreign-minister | Hillary Clinton, Hillary Rodham Clinton | Clinton? | 2009-01-21..2013-02-01
US foreign-minister | John Kerry | Kerry | 2013-02-01..2017-01-20
US foreign-minister | Rex Tillerson | Tillerson | 2017-02-01..2018-03-31
US foreign-minister | Mike Pompeo | Pompeo | 2017-01-23..2021-01-20
US foreign-minister | Antony Blinken, Tony Blinken | Blinken | 2021-01-26..2025-01-20
US foreign-minister | Marco Rubio | Rubio | 2025-01-21..
US defence-minister | William Perry | Perry? | 1994-02-03..1997-01-23
US defence-minister | William Cohen | Cohen? | 1997-01-24..2001-01-20
US defence-minister | Donald Rumsfeld | Rumsfeld | 2001-01-20..2006-12-18
US defence-minister | Robert Gates | Gates? | 2006-12-18..2011-07-01
US defence-minister | Leon Panetta | Panetta | 2011-07-01..2013-02-26
US defence-minister | Chuck Hagel | Hagel | 2013-02-27..2015-02-17
US defence-minister | Ash Carter, Ashton Carter | Carter? | 2015-02-17..2017-01-20
US defence-minister | Jim Mattis, James Mattis | Mattis | 2017-01-20..2019-01-01
US defence-minister | Mark Esper | Esper | 2019-07-23..2020-11-09
US defence-minister | Lloyd Austin | Austin? | 2021-01-22..2025-01-20
US defence-minister | Pete Hegseth | Hegseth | 2025-01-25..
US security | Susan Rice | Rice? | 2013-07-01..2017-01-20
US security | H.R. McMaster, H. R. McMaster | McMaster | 2017-02-20..2018-04-09
US security | John Bolton | Bolton | 2018-04-09..2019-09-10
US security | Robert O'Brien | O'Brien? | 2019-09-18..2021-01-20
US security | Jake Sullivan | Sullivan? | 2021-01-20..2025-01-20
US security | Mike Waltz, Michael Waltz | Waltz? | 2025-01-20..
US ambassador | Thomas Pickering | Pickering | 1993-05-24..1996-11-01
US ambassador | James Collins | Collins? | 1997-09-19..2001-07-01
US ambassador | Alexander Vershbow | Vershbow | 2001-07-17..2005-07-01
US ambassador | William Burns, Bill Burns, William J. Burns | Burns? | 2005-08-08..2008-05-01, 2011-07-28..2014-11-03, 2021-03-19..2025-01-20
US ambassador | John Beyrle | Beyrle | 2008-07-03..2012-01-10
US ambassador | Michael McFaul | McFaul | 2012-01-10..2014-02-26
US ambassador | John Tefft | Tefft | 2014-11-19..2017-09-01
US ambassador | Jon Huntsman | Huntsman | 2017-10-03..2019-10-03
US ambassador | John Sullivan | Sullivan? | 2019-12-05..2022-09-04
US ambassador | Lynne Tracy | Tracy? | 2023-01-30..2025-06-30
US spokesperson | Robert Gibbs | Gibbs | 2009-01-20..2011-02-11
US spokesperson | Jay Carney | Carney | 2011-02-11..2014-06-20
US spokesperson | Josh Earnest | Earnest? | 2014-06-20..2017-01-20
US spokesperson | Sean Spicer | Spicer | 2017-01-20..2017-07-21
US spokesperson | Sarah Sanders, Sarah Huckabee Sanders | Sanders? | 2017-07-26..2019-07-01
US spokesperson | Jen Psaki | Psaki | 2013-04-01..2015-03-31, 2021-01-20..2022-05-13
US spokesperson | Karine Jean-Pierre | Jean-Pierre | 2022-05-13..2025-01-20
US spokesperson | Karoline Leavitt | Leavitt | 2025-01-20..
US spokesperson | Victoria Nuland | Nuland | 2011-06-01..2013-09-18, 2021-05-03..2024-03-22
US spokesperson | John Kirby | Kirby? | 2015-05-01..2017-01-20, 2021-01-20..2025-01-20
US spokesperson | Heather Nauert | Nauert | 2017-04-01..2019-03-01
US spokesperson | Morgan Ortagus | Ortagus | 2019-03-01..2020-07-01, 2025-01-20..
US spokesperson | Ned Price | Price? | 2021-01-20..2023-06-01
US spokesperson | Matthew Miller | Miller? | 2023-06-01..2025-01-20
US spokesperson | Tammy Bruce | Bruce? | 2025-01-20..
US spokesperson | Tommy Pigott | Pigott | 2025-01-20..
US spokesperson | Pat Ryder | Ryder? | 2022-08-01..2025-02-01
US spokesperson | Sean Parnell | Parnell? | 2025-01-20..
US envoy | Steve Witkoff, Steven Witkoff | Witkoff | 2025-01-20..
US envoy | Keith Kellogg | Kellogg? | 2025-01-20..
US envoy | Jared Kushner | Kushner | 2017-01-20..2021-01-20, 2025-01-20..
US envoy | Marshall Billingslea | Billingslea | 2020-04-01..2021-01-20
US envoy | Wendy Sherman | Sherman? | 2021-04-14..2023-07-28
US envoy | Rose Gottemoeller | Gottemoeller | 2009-04-06..2017-01-20
US envoy | Linda Thomas-Greenfield | Thomas-Greenfield | 2021-02-25..2025-01-20
US envoy | Nikki Haley | Haley | 2017-01-27..2018-12-31
US envoy | Samantha Power | Power? | 2013-08-05..2017-01-20
US finance | Timothy Geithner | Geithner | 2009-01-26..2013-01-25
US finance | Jack Lew, Jacob Lew | Lew? | 2013-02-28..2017-01-20
US finance | Steven Mnuchin | Mnuchin | 2017-02-13..2021-01-20
US finance | Janet Yellen | Yellen | 2021-01-26..2025-01-20
US finance | Scott Bessent | Bessent | 2025-01-28..
US finance | Gina Raimondo | Raimondo | 2021-03-03..2025-01-20
US justice | Jeff Sessions | Sessions? | 2017-02-09..2018-11-07
US justice | William Barr | Barr? | 2019-02-14..2020-12-23
US justice | Merrick Garland | Garland? | 2021-03-11..2025-01-20
US justice | Pam Bondi | Bondi | 2025-02-05..
US justice | Robert Mueller | Mueller | 2001-09-04..2013-09-04, 2017-05-17..2019-05-29
US justice | James Comey | Comey | 2013-09-04..2017-05-09
US justice | Christopher Wray | Wray | 2017-08-02..2025-01-19
US justice | Kash Patel | Patel? | 2025-02-21..
US intelligence | James Clapper | Clapper | 2010-08-09..2017-01-20
US intelligence | Dan Coats | Coats? | 2017-03-16..2019-08-15
US intelligence | Avril Haines | Haines | 2021-01-21..2025-01-20
US intelligence | Tulsi Gabbard | Gabbard | 2025-02-12..
US intelligence | John Brennan | Brennan | 2013-03-08..2017-01-20
US intelligence | Gina Haspel | Haspel | 2018-05-21..2021-01-20
US intelligence | John Ratcliffe | Ratcliffe | 2020-05-26..2021-01-20, 2025-01-23..
RU president | Boris Yeltsin | Yeltsin | 1991-07-10..1999-12-31
RU president | Vladimir Putin | Putin | 2000-01-01..2008-05-07, 2012-05-07..
RU prime-minister | Vladimir Putin | Putin | 1999-08-09..2000-01-01, 2008-05-08..2012-05-07
RU president | Dmitry Medvedev, Dmitri Medvedev | Medvedev | 2008-05-07..2012-05-07
RU prime-minister | Dmitry Medvedev, Dmitri Medvedev | Medvedev | 2012-05-08..2020-01-16
RU security | Dmitry Medvedev, Dmitri Medvedev | Medvedev | 2020-01-16..
RU prime-minister | Viktor Chernomyrdin | Chernomyrdin | 1992-12-14..1998-03-23
RU prime-minister | Yevgeny Primakov | Primakov | 1998-09-11..1999-05-12
RU prime-minister | Mikhail Mishustin | Mishustin | 2020-01-16..
RU foreign-minister | Andrei Kozyrev | Kozyrev | 1990-10-11..1996-01-05
RU foreign-minister | Yevgeny Primakov | Primakov | 1996-01-09..1998-09-11
RU foreign-minister | Igor Ivanov | Ivanov? | 1998-09-11..2004-03-09
RU foreign-minister | Sergei Lavrov, Sergey Lavrov | Lavrov | 2004-03-09..
RU defence-minister | Pavel Grachev | Grachev | 1992-05-18..1996-06-18
RU defence-minister | Igor Sergeyev | Sergeyev? | 1997-05-22..2001-03-28
RU defence-minister | Sergei Ivanov | Ivanov? | 2001-03-28..2007-02-15
RU defence-minister | Anatoly Serdyukov | Serdyukov | 2007-02-15..2012-11-06
RU defence-minister | Sergei Shoigu, Sergey Shoigu | Shoigu | 2012-11-06..
RU defence-minister | Andrei Belousov, Andrey Belousov | Belousov | 2024-05-14..
RU ambassador | Vladimir Lukin | Lukin | 1992-02-01..1994-01-01
RU ambassador | Yuli Vorontsov, Yuliy Vorontsov | Vorontsov | 1994-01-01..1998-11-01
RU ambassador | Yuri Ushakov, Yury Ushakov | Ushakov | 1999-01-01..2008-07-01, 2012-05-21..
RU ambassador | Sergei Kislyak, Sergey Kislyak | Kislyak | 2008-07-26..2017-08-21
RU ambassador | Anatoly Antonov | Antonov? | 2017-08-21..2024-10-10
RU ambassador | Alexander Darchiev | Darchiev | 2025-03-01..
RU ambassador | Vassily Nebenzia, Vasily Nebenzya | Nebenzia, Nebenzya | 2017-07-27..
RU ambassador | Vitaly Churkin | Churkin | 2006-04-08..2017-02-20
RU spokesperson | Dmitry Peskov, Dmitri Peskov | Peskov | 2000-04-01..
RU spokesperson | Maria Zakharova | Zakharova | 2015-08-10..
RU spokesperson | Alexander Lukashevich | Lukashevich | 2011-01-01..2015-08-10
RU envoy | Sergei Ryabkov, Sergey Ryabkov | Ryabkov | 2008-01-01..
RU envoy | Kirill Dmitriev | Dmitriev? | 2025-02-01..
RU envoy | Vladimir Medinsky | Medinsky | 2020-01-21..
RU security | Nikolai Patrushev | Patrushev | 1999-08-09..
RU security | Sergei Naryshkin, Sergey Naryshkin | Naryshkin | 2016-10-05..
RU security | Alexander Bortnikov | Bortnikov | 2008-05-12..
RU security | Valery Gerasimov | Gerasimov | 2012-11-09..
RU legislator | Vyacheslav Volodin | Volodin | 2016-10-05..
RU legislator | Valentina Matviyenko | Matviyenko | 2011-09-21..
RU legislator | Konstantin Kosachev | Kosachev | 2012-01-01..
RU finance | Anton Siluanov | Siluanov | 2011-12-16..
RU finance | Elvira Nabiullina | Nabiullina | 2013-06-24..
`;
