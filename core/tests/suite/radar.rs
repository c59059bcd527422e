//! Radar chart geometry.
#![cfg(not(target_arch = "wasm32"))]

use readiness_core::radar::{layout, polygon, ring, Anchor};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn first_axis_points_up_and_scores_scale_along_it() {
    let r = layout(&[Some(100), Some(50), None, Some(0)], 200.0, 200.0, 80.0);
    assert_eq!(r.radius, 80.0);
    assert!(close(r.axes[0].x, 100.0) && close(r.axes[0].y, 20.0));
    // 50 on the second (right-pointing) axis is half the radius out.
    assert!(close(r.points[1].x, 140.0) && close(r.points[1].y, 100.0));
    // Unknown and zero scores sit at the centre.
    for p in [r.points[2], r.points[3]] {
        assert!(close(p.x, 100.0) && close(p.y, 100.0));
    }
    let anchors: Vec<Anchor> = r.labels.iter().map(|(_, a)| *a).collect();
    assert_eq!(
        anchors,
        [Anchor::Middle, Anchor::Start, Anchor::Middle, Anchor::End]
    );
}

#[test]
fn polygons_are_svg_point_lists() {
    let r = layout(
        &[Some(100), Some(100), Some(100), Some(100)],
        200.0,
        200.0,
        80.0,
    );
    assert_eq!(polygon(&r.points), "100,20 180,100 100,180 20,100");
    assert_eq!(ring(&r, 0.5), "100,60 140,100 100,140 60,100");
}

#[test]
fn scores_above_100_are_clamped_and_no_scores_give_an_empty_chart() {
    let r = layout(&[Some(250)], 200.0, 200.0, 80.0);
    assert!(close(r.points[0].y, 20.0));
    assert!(layout(&[], 200.0, 200.0, 80.0).axes.is_empty());
}
