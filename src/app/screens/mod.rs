//! One module per screen: its state and how it answers keys, the wheel and clicks,
//! returning an [`Outcome`](super::outcome::Outcome) the app applies. Each is
//! paired with its view in `ui/`.

pub mod detail;
pub mod figures;
mod list;
pub mod matrix;
pub mod overview;
pub mod roadmap;
pub mod stakeholders;
pub mod swot;
