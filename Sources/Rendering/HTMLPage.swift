import EntityGraph
import Foundation

/// A self-contained HTML page around an SVG drawing: nothing fetched from elsewhere. Pan with the
/// mouse, zoom with the wheel, search names (matching nodes are outlined), and click a node to
/// highlight it and its neighbours (the rest fades). The hash `#n3` selects node `n3` on load;
/// `#test-click=n3` does the same and writes the highlighted node ids into the page title (for
/// browser tests).
public enum HTMLPage {
    /// The page for `svg`, the drawing of `graph` by `DOTWriter`.
    public static func make(svg: Data, graph: EntityGraph, title: String) -> Data {
        let names = DOTWriter.nodeNames(graph)
        var neighbours: [String: Set<String>] = [:]
        for relation in graph.relations {
            guard let a = names[relation.source], let b = names[relation.target] else { continue }
            neighbours[a, default: []].insert(b)
            neighbours[b, default: []].insert(a)
        }
        let adjacency = neighbours.keys.sorted().map { key in
            "\"\(key)\":[" + neighbours[key]!.sorted().map { "\"\($0)\"" }.joined(separator: ",") + "]"
        }.joined(separator: ",")
        let searchable = graph.entities.map { entity -> String in
            let text = ([entity.name] + entity.aliases + entity.labels.values.sorted()).joined(separator: " ").lowercased()
            return "\"\(names[entity.id]!)\":\"\(jsonEscape(text))\""
        }.joined(separator: ",")
        var body = String(decoding: svg, as: UTF8.self)
        if let start = body.range(of: "<svg") { body = String(body[start.lowerBound...]) }
        let page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(XMLText.escapeHTML(title))</title>
        <style>
        html,body{margin:0;height:100%;font-family:"Noto Sans","DejaVu Sans",sans-serif;background:#fff}
        #bar{position:fixed;top:0;left:0;right:0;padding:6px 10px;background:#f4f4f4;border-bottom:1px solid #ccc;z-index:2}
        #bar input{width:22em;font-size:14px;padding:3px}
        #bar span{margin-left:1em;color:#555;font-size:13px}
        #view{position:absolute;top:40px;left:0;right:0;bottom:0;overflow:hidden;cursor:grab}
        #view svg{width:100%;height:100%}
        .faded{opacity:.15}
        .found polygon,.found ellipse,.found path{stroke:#ff7f0e!important;stroke-width:4px!important}
        .chosen polygon,.chosen ellipse,.chosen path{stroke:#000!important;stroke-width:3px!important}
        </style></head><body>
        <div id="bar"><input id="search" type="search" placeholder="Search entities (English or Arabic)"><span id="status"></span></div>
        <div id="view">\(body)</div>
        <script>
        const neighbours={\(adjacency)};
        const searchable={\(searchable)};
        const svg=document.querySelector('#view svg');
        const status=document.getElementById('status');
        let box=svg.viewBox.baseVal;let view={x:box.x,y:box.y,w:box.width,h:box.height};
        function apply(){svg.setAttribute('viewBox',view.x+' '+view.y+' '+view.w+' '+view.h);}
        svg.removeAttribute('width');svg.removeAttribute('height');apply();
        document.getElementById('view').addEventListener('wheel',e=>{e.preventDefault();const f=e.deltaY>0?1.15:1/1.15;
          const r=svg.getBoundingClientRect();const px=view.x+(e.clientX-r.left)/r.width*view.w,py=view.y+(e.clientY-r.top)/r.height*view.h;
          view.w*=f;view.h*=f;view.x=px-(px-view.x)*f;view.y=py-(py-view.y)*f;apply();},{passive:false});
        let drag=null;svg.addEventListener('mousedown',e=>{drag={x:e.clientX,y:e.clientY,vx:view.x,vy:view.y};});
        window.addEventListener('mouseup',()=>drag=null);
        window.addEventListener('mousemove',e=>{if(!drag)return;const r=svg.getBoundingClientRect();
          view.x=drag.vx-(e.clientX-drag.x)/r.width*view.w;view.y=drag.vy-(e.clientY-drag.y)/r.height*view.h;apply();});
        function select(id){
          const keep=new Set([id,...(neighbours[id]||[])]);
          document.querySelectorAll('g.node').forEach(g=>{const on=keep.has(g.id)||g.id==='legend';g.classList.toggle('faded',!on);g.classList.toggle('chosen',g.id===id);});
          document.querySelectorAll('g.edge').forEach(g=>{const on=g.classList.contains('from-'+id)||g.classList.contains('to-'+id);g.classList.toggle('faded',!on);});
          status.textContent=(neighbours[id]||[]).length+' neighbours';
          return [...keep].sort();
        }
        function clear(){document.querySelectorAll('.faded,.chosen').forEach(g=>g.classList.remove('faded','chosen'));status.textContent='';}
        document.querySelectorAll('g.node').forEach(g=>{g.addEventListener('click',e=>{e.preventDefault();history.replaceState(null,'','#'+g.id);select(g.id);});});
        svg.addEventListener('dblclick',clear);
        document.getElementById('search').addEventListener('input',e=>{const q=e.target.value.trim().toLowerCase();let n=0;
          document.querySelectorAll('g.node').forEach(g=>{const hit=q.length>0&&(searchable[g.id]||'').includes(q);g.classList.toggle('found',hit);if(hit)n++;});
          status.textContent=q?n+' found':'';});
        const hash=decodeURIComponent(location.hash.slice(1));
        if(hash.startsWith('test-click=')){const id=hash.slice(11);const g=document.getElementById(id);
          if(g){g.dispatchEvent(new MouseEvent('click',{bubbles:true}));}
          const lit=[...document.querySelectorAll('g.node:not(.faded)')].map(g=>g.id).filter(i=>i!=='legend').sort();document.title='highlighted:'+lit.join(',');}
        else if(hash&&document.getElementById(hash)){select(hash);}
        </script></body></html>
        """
        return Data(page.utf8)
    }

    private static func jsonEscape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
