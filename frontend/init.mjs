// Marks the page as able to run govuk-frontend's JavaScript, then starts its components.
import { initAll } from "/assets/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
