//! The browser entry point. Native builds of this binary do nothing: the
//! crate is compiled natively only for its shared model and tests.

fn main() {
    #[cfg(target_arch = "wasm32")]
    pathway_app::start();
}
