// The CMS page's one script: the loader, which imports the elements the page uses (on a real
// site, the built dist/cdn/mieruka.js, with the whole dist/cdn/ folder beside it).
import '../src/loader.js';
