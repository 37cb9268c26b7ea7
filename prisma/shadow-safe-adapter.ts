// PrismaPg.connectToShadowDb spreads `database` into a connection-string config,
// which node-postgres ignores, so `migrate dev` would diff against the main
// database; it also drops the shadow database while its pool is still open.
// This subclass connects to the shadow database by its own URL and closes that
// pool before dropping it.
import { PrismaPg } from "@prisma/adapter-pg";

export class ShadowSafePrismaPg extends PrismaPg {
  constructor(private readonly url: string) {
    super({ connectionString: url, allowExitOnIdle: true });
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadowUrl = new URL(this.url);
    shadowUrl.pathname = `/${database}`;
    const shadow = await new PrismaPg({
      connectionString: shadowUrl.toString(),
      allowExitOnIdle: true,
    }).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await main.dispose();
    };
    return shadow;
  }
}
