#!/usr/bin/env node
// Committed so npm can link `mnplan` at install time; the bundle itself is built by `prepare`.
import "../dist/mnplan.js";
