console.log('talkgraph');
