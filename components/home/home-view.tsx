import { localePath } from "@/lib/paths";
import type { KeyFigures } from "@/server/home/get-key-figures";
import type { HubSummary } from "@/server/hubs/list-hubs";
import type { PostSummary } from "@/server/posts/read-posts";
import type { SectorSummary } from "@/server/sectors/list-sectors";
import type { SiteSettings } from "@/server/site/get-site-settings";
import { ContactBand } from "./contact-band";
import { Hero } from "./hero";
import { HubCards } from "./hub-cards";
import { LatestNews } from "./latest-news";
import { SectorCards } from "./sector-cards";

type Props = {
  locale: string;
  settings: SiteSettings;
  figures: KeyFigures;
  sectors: SectorSummary[];
  hubs: HubSummary[];
  news: PostSummary[];
};

export function HomeView({ locale, settings, figures, sectors, hubs, news }: Props) {
  return (
    <>
      <Hero settings={settings} figures={figures} landHref={localePath(locale, "/land")} />
      <SectorCards sectors={sectors} />
      <HubCards hubs={hubs} />
      <LatestNews locale={locale} posts={news} />
      <ContactBand settings={settings} />
    </>
  );
}
