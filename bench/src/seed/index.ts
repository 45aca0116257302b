export {
  FULL_SCALE,
  QUICK_SCALE,
  type SeedManifest,
  type SeedScale,
  type SeedTarget,
} from './seed-scale';
export { seedLargeLoad, MANIFEST_FILE } from './seed-large-load';
