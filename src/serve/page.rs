//! The live handout and what followers are told.

use crate::model::{Document, Lang};
use crate::place::Place;

/// Where the presenter is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Follow {
    /// The page on show and how many the deck has, when presenting.
    pub slide: Option<(usize, usize)>,
    /// The place, as `--open` names it (`roadmap:2`).
    pub place: String,
    /// The handout's element for it (`roadmap-2`).
    pub anchor: String,
}

impl Follow {
    /// Following a place of the browser, not a slide.
    pub fn place(place: &Place) -> Self {
        Self {
            slide: None,
            place: place.to_string(),
            anchor: anchor(place),
        }
    }
}

/// The handout's element for a place: its own where the handout has one (a
/// quadrant, a chart), else the part that holds it.
pub fn anchor(place: &Place) -> String {
    match place {
        Place::Swot(Some(q)) => format!("swot-{}", q.name()),
        Place::Figures(c) => crate::export::chart_id(*c),
        p => crate::export::place_anchor(p),
    }
}

/// The event's data: `{"slide":3,"slides":20,"place":"roadmap:1","anchor":"roadmap-1"}`.
pub fn follow_json(f: &Follow) -> String {
    serde_json::json!({
        "slide": f.slide.map(|s| s.0),
        "slides": f.slide.map(|s| s.1),
        "place": f.place,
        "anchor": f.anchor,
    })
    .to_string()
}

/// The handout as followers read it: the HTML export, with a bar that says whether
/// the page follows the presenter and a button to follow again after wandering off.
pub fn live_page(doc: &Document, lang: Lang) -> String {
    let html = crate::export::html(doc, lang);
    let w = &lang.words().export;
    // The script's two messages, as JavaScript strings.
    let js = |text: &str| serde_json::to_string(text).unwrap_or_default();
    let script = SCRIPT
        .replace("\"__FOLLOWING__\"", &js(w.following))
        .replace("\"__AWAY__\"", &js(w.wandered_off));
    let bar = format!(
        "<div id=\"rt-bar\" role=\"status\"><span id=\"rt-state\">{}</span> \
         <span id=\"rt-slide\"></span> \
         <button id=\"rt-follow\" type=\"button\" hidden>{}</button></div>\n\
         <style>{STYLE}</style>\n<script>{script}</script>\n",
        crate::markup::escape(w.following),
        crate::markup::escape(w.follow_presenter),
    );
    match html.rfind("</body>") {
        Some(end) => format!("{}{bar}{}", &html[..end], &html[end..]),
        None => html + &bar,
    }
}

/// Keeps the bar at the foot of the screen, out of print.
const STYLE: &str = "#rt-bar{position:fixed;left:0;right:0;bottom:0;display:flex;gap:.75em;\
align-items:center;justify-content:center;padding:.5em 1em;background:#1c1c1c;color:#fff;\
font:15px/1.4 system-ui,sans-serif;z-index:10}\
#rt-slide{white-space:nowrap}#rt-bar button{font:inherit;white-space:nowrap;padding:.4em 1em;border:0;border-radius:4px;background:#ffd75f;\
color:#000;cursor:pointer}body{padding-bottom:3em}@media print{#rt-bar{display:none}}";

/// Follows the events: scrolls to the presenter's place until the reader scrolls
/// away, then offers the button; a `reload` event loads the rebuilt page.
const SCRIPT: &str = r#"(function(){
var following=true,last=null,moving=0;
var bar=document.getElementById('rt-bar'),state=document.getElementById('rt-state'),
slide=document.getElementById('rt-slide'),button=document.getElementById('rt-follow');
var FOLLOWING="__FOLLOWING__",AWAY="__AWAY__";
function go(){if(!last)return;var e=document.getElementById(last.anchor);
if(!e)return;moving=Date.now();e.scrollIntoView({block:'start'});}
function away(){if(!following||Date.now()-moving<300)return;following=false;state.textContent=AWAY;button.hidden=false;}
['wheel','touchmove','keydown'].forEach(function(t){addEventListener(t,away,{passive:true});});
button.addEventListener('click',function(){following=true;state.textContent=FOLLOWING;button.hidden=true;go();});
var events=new EventSource('/events');
events.onmessage=function(m){try{last=JSON.parse(m.data);}catch(e){return;}
slide.textContent=last.slide?last.slide+' / '+last.slides:'';if(following)go();};
events.addEventListener('reload',function(){location.reload();});
})();"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::place::{Chart, Quadrant};

    #[test]
    fn each_place_has_its_anchor_in_the_handout() {
        let doc = crate::model::load_embedded().expect("embedded").doc;
        let html = crate::export::html(&doc, Lang::It);
        for place in [
            Place::Overview,
            Place::Document,
            Place::Roadmap(3),
            Place::Area("r1-vaccini-immunoterapici".into()),
            Place::Stakeholders,
            Place::Stakeholder("menarini".into()),
            Place::Swot(None),
            Place::Swot(Some(Quadrant::Threats)),
            Place::Matrix,
            Place::Figures(Chart::Turnover),
        ] {
            let id = anchor(&place);
            assert!(html.contains(&format!("id=\"{id}\"")), "{place}: #{id}");
        }
    }

    #[test]
    fn the_event_says_slide_place_and_anchor() {
        let f = Follow {
            slide: Some((3, 20)),
            ..Follow::place(&Place::Roadmap(1))
        };
        assert_eq!(
            follow_json(&f),
            r#"{"anchor":"roadmap-1","place":"roadmap:1","slide":3,"slides":20}"#
        );
        assert_eq!(
            follow_json(&Follow::place(&Place::Swot(Some(Quadrant::Strengths)))),
            r#"{"anchor":"swot-strengths","place":"swot:strengths","slide":null,"slides":null}"#
        );
    }

    #[test]
    fn the_live_page_is_the_handout_with_the_follow_bar() {
        let doc = crate::model::load_embedded().expect("embedded").doc;
        let page = live_page(&doc, Lang::En);
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("new EventSource('/events')"));
        assert!(page.contains("Follow the presenter"));
        assert!(page.contains("\"Following the presenter\""));
        assert!(!page.contains("__FOLLOWING__"));
        assert!(page.trim_end().ends_with("</html>"));
        assert_eq!(page.matches("<script>").count(), 1);
    }
}
