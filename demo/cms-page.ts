// The CMS page's one script: every element (on a real site, dist/mieruka.js instead).
import '../src/index.js';
