<?php
/**
 * The block "mieruka/widget": a dynamic block rendered on the server by the same code as the
 * shortcode, so the editor's preview (ServerSideRender) is what readers get.
 *
 * @package mieruka
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Registers the block from block/block.json and hands its editor script the translated labels. */
function mieruka_register_block() {
	$type = register_block_type( dirname( __DIR__ ) . '/block', array( 'render_callback' => 'mieruka_render_block' ) );
	if ( ! $type ) {
		return;
	}
	$labels = array(
		'title'         => __( 'mieruka widget', 'mieruka' ),
		'description'   => __( 'A plan tree, KPI gauge, 5-less matrix, SDGs badges or trend table from a mieruka document.', 'mieruka' ),
		'settings'      => __( 'Widget', 'mieruka' ),
		'element'       => __( 'What to show', 'mieruka' ),
		'elements'      => array(
			array( 'kpi-gauge', __( 'KPI gauge', 'mieruka' ) ),
			array( 'plan-tree', __( 'Plan tree', 'mieruka' ) ),
			array( 'trend-table', __( 'Trend table', 'mieruka' ) ),
			array( 'five-less', __( '5-less matrix', 'mieruka' ) ),
			array( 'sdgs-badges', __( 'SDGs badges', 'mieruka' ) ),
		),
		'src'           => __( 'Document URL', 'mieruka' ),
		'srcHelp'       => __( 'The address of the JSON document (http(s) or a path on this site). Empty: the default from Settings → mieruka.', 'mieruka' ),
		'node'          => __( 'Node ID', 'mieruka' ),
		'nodeHelp'      => __( 'Show one goal, initiative or plan and what is under it. Empty: the whole document.', 'mieruka' ),
		'indicator'     => __( 'Indicator ID', 'mieruka' ),
		'indicatorHelp' => __( 'For a KPI gauge: the ID of one indicator, such as p1-k1.', 'mieruka' ),
	);
	foreach ( (array) $type->editor_script_handles as $handle ) {
		wp_add_inline_script( $handle, 'window.mierukaEditor = ' . wp_json_encode( $labels ) . ';', 'before' );
	}
}

/**
 * The block's HTML.
 *
 * @param array $attributes The block's settings.
 * @return string
 */
function mieruka_render_block( $attributes ) {
	$element = isset( $attributes['element'] ) ? (string) $attributes['element'] : 'kpi-gauge';
	$widget  = array();
	foreach ( array( 'src', 'node', 'indicator' ) as $key ) {
		if ( isset( $attributes[ $key ] ) && '' !== trim( (string) $attributes[ $key ] ) ) {
			$widget[ $key ] = trim( (string) $attributes[ $key ] );
		}
	}
	$html = mieruka_render_widget( $element, $widget );
	// The block's wrapper (wp-block-mieruka-widget, plus any extra class the editor gave it).
	return '' === $html ? '' : '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
}
